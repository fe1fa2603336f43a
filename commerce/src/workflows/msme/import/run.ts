import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readSheetRows, type SheetFormat } from "../../../lib/spreadsheet"
import { MSME_MODULE } from "../../../modules/msme"
import {
  defaultCraft,
  type ImportField,
  type ImportValues,
  nameKey,
  type RowProblem,
  readRow,
  rowChanges,
  VERIFIED_FIELDS,
} from "../../../modules/msme/import-rules"
import type MsmeModuleService from "../../../modules/msme/service"
import { slug } from "../../product/plan"
import type { MsmeInput } from "../types"
import type { ImportRowRecord } from "./steps"
import {
  commitImportBatchWorkflow,
  recordImportChunkWorkflow,
  rollbackImportWorkflow,
  updateImportWorkflow,
} from "./workflows"

/**
 * The registry import's runner: the dry run reads the file as a stream in chunks of rows, matches
 * each chunk against the registry (by NIB, else by name within the desa) and keeps every row's
 * outcome; the commit applies the kept rows in batches, each batch a workflow. A commit that fails
 * part-way undoes the batches already applied, so a file is imported whole or not at all. Progress
 * is written to the job after every chunk, so Admin (or the CLI) can follow it and come back.
 */
export type Progress = (done: number, total: number | null) => void

/** What went wrong, in words (workflow errors arrive as plain objects). */
export const reason = (error: unknown): string =>
  error instanceof Error
    ? error.message
    : typeof error === "object" && error && "message" in error
      ? String((error as { message: unknown }).message)
      : String(error)

const CHUNK = 1000
const BATCH = 500

type Matched = {
  id: string
  name: string
  owner_name: string
  desa: string
  kecamatan: string
  sector: string
  craft: string
  address: string | null
  whatsapp: string | null
  email: string | null
  established_year: number | null
  employees: number | null
  status: string
  nib: string | null
  nib_verified: boolean
}

const MATCH_COLUMNS = `m.id, m.name, m.owner_name, m.desa, m.kecamatan, m.sector, m.craft, m.address, m.whatsapp,
  m.email, m.established_year, m.employees, m.status,
  (select p.number from msme_permit p where p.msme_id = m.id and p.type = 'nib' and p.deleted_at is null
    order by (p.status = 'verified') desc limit 1) as nib,
  exists (select 1 from msme_permit p where p.msme_id = m.id and p.type = 'nib' and p.status = 'verified'
    and p.deleted_at is null) as nib_verified`

async function matchChunk(knex: Knex, values: ImportValues[]) {
  const nibs = [...new Set(values.map((v) => v.nib).filter((n): n is string => Boolean(n)))]
  const desas = [...new Set(values.map((v) => v.desa.toLowerCase()))]
  const [byNibRows, byDesaRows] = await Promise.all([
    nibs.length
      ? knex.raw(
          `select ${MATCH_COLUMNS}, p2.number as matched_nib from msme m
             join msme_permit p2 on p2.msme_id = m.id and p2.type = 'nib' and p2.deleted_at is null and p2.number = any(?)
            where m.deleted_at is null`,
          [nibs],
        )
      : { rows: [] },
    knex.raw(`select ${MATCH_COLUMNS} from msme m where m.deleted_at is null and lower(m.desa) = any(?)`, [desas]),
  ])
  const byNib = new Map((byNibRows.rows as (Matched & { matched_nib: string })[]).map((r) => [r.matched_nib, r]))
  const byKey = new Map((byDesaRows.rows as Matched[]).map((r) => [nameKey(r.name, r.desa), r]))
  return { byNib, byKey }
}

/** What one row would do to the registry. */
function outcomeOf(values: ImportValues, match: Matched | undefined) {
  if (!match) return { outcome: "create" as const, changes: [], problems: [] as RowProblem[] }
  const changes = rowChanges(values, match as unknown as Partial<Record<ImportField, unknown>>)
  const problems: RowProblem[] = []
  let conflict = false
  // staff have vouched for an active MSME: the file does not change who or where it is without a person
  if (match.status === "active" && changes.some((c) => VERIFIED_FIELDS.includes(c.field))) conflict = true
  if (values.nib && match.nib && values.nib !== match.nib) {
    conflict = true
    problems.push({
      field: "nib",
      column: null,
      id: `NIB di registri ${match.nib}${match.nib_verified ? " (terverifikasi)" : ""}, di berkas ${values.nib}; nomor izin tidak diubah lewat impor`,
      en: `the registry has NIB ${match.nib}${match.nib_verified ? " (verified)" : ""}, the file ${values.nib}; permit numbers are not changed by an import`,
    })
  }
  if (values.nib && !match.nib) changes.push({ field: "nib", from: null, to: values.nib })
  if (conflict) return { outcome: "conflict" as const, changes, problems }
  return { outcome: changes.length ? ("update" as const) : ("unchanged" as const), changes, problems }
}

/**
 * The dry run: every row read, checked and matched; nothing in the registry changes. Duplicate NIBs
 * (and duplicate name + desa) inside the file are errors on the later rows.
 */
export async function analyseImport(
  container: MedusaContainer,
  job: { id: string; path: string; format: SheetFormat; mapping: Record<string, string> },
  progress: Progress = () => {},
): Promise<void> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as Knex
  const fieldOf = new Map<number, ImportField>()
  const columnOf = new Map<ImportField, string>()
  const seenNib = new Map<string, number>()
  const seenKey = new Map<string, number>()
  const counts = { create: 0, update: 0, unchanged: 0, conflict: 0, error: 0 }
  let pending: { row: number; cells: Partial<Record<ImportField, string>> }[] = []
  let header = true
  let processed = 0

  const flush = async () => {
    if (!pending.length) return
    const read = pending.map((p) => ({ row: p.row, ...readRow(p.cells, (f) => columnOf.get(f) ?? null) }))
    const good = read.filter((r) => r.values).map((r) => r.values!)
    const { byNib, byKey } = await matchChunk(knex, good)
    const rows: ImportRowRecord[] = read.map((r) => {
      const problems = [...r.problems]
      if (r.values) {
        const key = nameKey(r.values.name, r.values.desa)
        const nibRow = r.values.nib ? seenNib.get(r.values.nib) : undefined
        const keyRow = seenKey.get(key)
        if (nibRow) {
          problems.push({
            field: "nib",
            column: columnOf.get("nib") ?? null,
            id: `NIB ${r.values.nib} sudah ada di baris ${nibRow}`,
            en: `NIB ${r.values.nib} is also on row ${nibRow}`,
          })
        } else if (keyRow && !r.values.nib) {
          problems.push({
            field: "name",
            column: columnOf.get("name") ?? null,
            id: `usaha yang sama (nama dan desa) sudah ada di baris ${keyRow}`,
            en: `the same business (name and desa) is also on row ${keyRow}`,
          })
        }
        if (r.values.nib && !nibRow) seenNib.set(r.values.nib, r.row)
        if (!keyRow) seenKey.set(key, r.row)
      }
      if (!r.values || problems.length) {
        counts.error++
        return {
          import_id: job.id,
          row_number: r.row,
          outcome: "error",
          matched_by: null,
          msme_id: null,
          values: (r.values ?? {}) as Record<string, unknown>,
          changes: { list: [] },
          problems: { list: problems },
        }
      }
      const viaNib = r.values.nib ? byNib.get(r.values.nib) : undefined
      const viaKey = viaNib ? undefined : byKey.get(nameKey(r.values.name, r.values.desa))
      const match = viaNib ?? viaKey
      const matchedBy = viaNib ? "nib" : viaKey ? "name_desa" : null
      const result = outcomeOf(r.values, match)
      counts[result.outcome]++
      return {
        import_id: job.id,
        row_number: r.row,
        outcome: result.outcome,
        matched_by: matchedBy,
        msme_id: match?.id ?? null,
        values: r.values as unknown as Record<string, unknown>,
        changes: { list: result.changes },
        problems: { list: result.problems },
      }
    })
    processed += rows.length
    await recordImportChunkWorkflow(container).run({
      input: { import_id: job.id, rows, processed_rows: processed, total_rows: processed },
    })
    progress(processed, null)
    pending = []
  }

  try {
    for await (const { row, cells } of readSheetRows(job.path, job.format)) {
      if (header) {
        // the header is the first row with two filled cells (sheets often start with a title)
        if (cells.filter((c) => c.trim()).length < 2) continue
        cells.forEach((h, i) => {
          const field = job.mapping[h] as ImportField | undefined
          if (field) {
            fieldOf.set(i, field)
            columnOf.set(field, h)
          }
        })
        header = false
        continue
      }
      if (cells.every((c) => !c.trim())) continue
      const mapped: Partial<Record<ImportField, string>> = {}
      cells.forEach((value, i) => {
        const field = fieldOf.get(i)
        if (field) mapped[field] = value
      })
      pending.push({ row, cells: mapped })
      if (pending.length >= CHUNK) await flush()
    }
    await flush()
    await updateImportWorkflow(container).run({
      input: { id: job.id, status: "ready", total_rows: processed, processed_rows: processed, summary: counts },
    })
  } catch (error) {
    await updateImportWorkflow(container).run({
      input: {
        id: job.id,
        status: "failed",
        error: `The file could not be read to the end (${reason(error)}). Check that it is the office's sheet saved as XLSX or CSV, then upload it again.`,
      },
    })
    throw error
  }
}

type StoredRow = {
  id: string
  row_number: number
  outcome: "create" | "update" | "unchanged" | "conflict" | "error"
  msme_id: string | null
  values: ImportValues
  changes: { list: { field: string; from: unknown; to: unknown }[] }
  decision: string | null
  result: string | null
}

/**
 * Handles for new MSMEs: the name and the desa, with a suffix where one is taken (in the registry or
 * the batch). The bases are probed on the handle index; only bases that will be numbered (taken
 * already, or twice in the batch: few, a new file's names are mostly new) are scanned for their suffixes, so a batch costs the same at 200,000
 * MSMEs as at 200 (a LIKE over every base scanned the whole registry once per batch).
 */
async function handlesFor(knex: Knex, values: ImportValues[]): Promise<string[]> {
  const bases = values.map((v) => `${slug(v.name, 70) || "umkm"}-${slug(v.desa, 40) || "cirebon"}`)
  const handles = async (sql: string, list: string[]) =>
    list.length ? ((await knex.raw(sql, [list])).rows as { handle: string }[]).map((r) => r.handle) : []
  const exact = await handles("select handle from msme where deleted_at is null and handle = any(?)", [
    ...new Set(bases),
  ])
  // a base that will be numbered: taken already, or more than once in this batch
  const twice = bases.filter((b, i) => bases.indexOf(b) !== i)
  const numbered = await handles(
    "select handle from msme where deleted_at is null and handle like any(?)",
    [...new Set([...exact, ...twice])].map((b) => `${b}-%`), // slugs hold only a-z, 0-9 and "-": nothing to escape
  )
  const taken = new Set([...exact, ...numbered])
  return bases.map((base) => {
    let handle = base
    for (let n = 2; taken.has(handle); n++) handle = `${base}-${n}`
    taken.add(handle)
    return handle
  })
}

type Job = { id: string; actor_id: string | null }

/**
 * One batch of the commit (rows offset .. offset + BATCH in row order), as one workflow: rows that
 * create or update (and conflicts a person decided for the file) are applied; unchanged rows,
 * conflicts kept for the registry or not yet decided, and error rows (only with `skip_errors`) are
 * marked as left. Rows that have a result already are passed over, so a batch applied twice
 * (a commit resumed after a restart) does nothing the second time. Returns the rows it covered.
 */
export async function commitImportBatch(container: MedusaContainer, job: Job, offset: number): Promise<number> {
  const service: MsmeModuleService = container.resolve(MSME_MODULE)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as Knex
  const rows = (await service.listMsmeImportRows(
    { import_id: job.id },
    { order: { row_number: "ASC" }, skip: offset, take: BATCH },
  )) as unknown as StoredRow[]
  const apply = rows.filter(
    (r) =>
      !r.result &&
      (r.outcome === "create" || r.outcome === "update" || (r.outcome === "conflict" && r.decision === "file")),
  )
  const creates = apply.filter((r) => r.outcome === "create")
  const updates = apply.filter((r) => r.outcome !== "create" && r.msme_id)
  const handles = await handlesFor(
    knex,
    creates.map((r) => r.values),
  )
  const fieldsOf = (r: StoredRow) =>
    Object.fromEntries(r.changes.list.filter((c) => c.field !== "nib").map((c) => [c.field, c.to]))
  await commitImportBatchWorkflow(container).run({
    input: {
      import_id: job.id,
      actor_id: job.actor_id,
      creates: creates.map(
        (r, i): MsmeInput => ({
          handle: handles[i]!,
          name: r.values.name,
          owner_name: r.values.owner_name,
          sector: r.values.sector,
          craft: r.values.craft ?? defaultCraft(r.values.sector),
          kecamatan: r.values.kecamatan,
          desa: r.values.desa,
          address: r.values.address,
          story_id: "",
          story_en: "",
          whatsapp: r.values.whatsapp,
          email: r.values.email,
          established_year: r.values.established_year,
          employees: r.values.employees,
          status: "pending",
          source: "import",
        }),
      ),
      create_rows: creates.map((r) => ({ row_id: r.id, nib: r.values.nib })),
      updates: updates.map((r) => ({ id: r.msme_id!, ...fieldsOf(r) })).filter((u) => Object.keys(u).length > 1),
      update_rows: updates.map((r) => ({ row_id: r.id, msme_id: r.msme_id! })),
      nibs: updates
        .filter((r) => r.changes.list.some((c) => c.field === "nib" && c.from === null))
        .map((r) => ({ msme_id: r.msme_id!, number: r.values.nib! })),
      kept: rows
        .filter((r) => !r.result && !apply.includes(r))
        .map((r) => ({ row_id: r.id, result: r.outcome === "error" ? "skipped" : "kept", msme_id: r.msme_id })),
      // the job's progress, and its heartbeat: an import whose job stops moving was interrupted
      processed_rows: offset + rows.length,
    },
  })
  return rows.length
}

/**
 * The commit: every batch in row order. A failure part-way undoes every applied batch, so a file is
 * imported whole or not at all; a commit interrupted by a restart is resumed (`resumeInterruptedImports`)
 * and completes the same way. What was done is counted from the rows at the end, so a resumed
 * commit reports the whole import.
 */
export async function commitImport(
  container: MedusaContainer,
  job: Job,
  progress: Progress = () => {},
  opts: { resume?: boolean } = {},
): Promise<{ created: number; updated: number; kept: number; skipped: number }> {
  const service: MsmeModuleService = container.resolve(MSME_MODULE)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as Knex
  const total = await service.listAndCountMsmeImportRows({ import_id: job.id }, { take: 1 }).then(([, n]) => n)
  if (!opts.resume)
    await updateImportWorkflow(container).run({
      input: { id: job.id, status: "committing", processed_rows: 0, error: null },
    })
  try {
    for (let offset = 0; offset < total; offset += BATCH) {
      const covered = await commitImportBatch(container, job, offset)
      progress(offset + covered, total)
    }
  } catch (error) {
    await rollbackImport(container, job.id)
    await updateImportWorkflow(container).run({
      input: {
        id: job.id,
        status: "ready",
        processed_rows: 0,
        error: `The commit failed and was undone; nothing was imported (${reason(error)}). Try again; if it fails again, send this message to the administrator.`,
      },
    })
    throw error
  }
  const results = (
    await knex.raw(
      "select result, count(*)::int as n from msme_import_row where import_id = ? and deleted_at is null group by 1",
      [job.id],
    )
  ).rows as { result: string | null; n: number }[]
  const n = (result: string) => results.find((r) => r.result === result)?.n ?? 0
  const done = { created: n("created"), updated: n("updated"), kept: n("kept"), skipped: n("skipped") }
  const [current] = await service.listMsmeImports({ id: job.id })
  await updateImportWorkflow(container).run({
    input: {
      id: job.id,
      status: "committed",
      committed_at: new Date(),
      error: null,
      summary: { ...((current?.summary as Record<string, number>) ?? {}), done },
    },
  })
  return done
}

/** How long an import's job may stand still before it counts as interrupted (a batch takes about a second). */
export const IMPORT_STALE_MS = 5 * 60_000

/**
 * Imports left part-way by a restart (the process that ran them is gone, their job stopped moving):
 * a commit is resumed from its first row without a result and completes as one import; a dry run,
 * whose staged file went with the process, is marked failed with what to do. Each job is claimed in
 * one UPDATE, so two processes never take the same one.
 */
export async function resumeInterruptedImports(
  container: MedusaContainer,
  staleAfterMs = IMPORT_STALE_MS,
): Promise<{ resumed: string[]; failed: string[] }> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as Knex
  const claimed = (
    await knex.raw(
      `update msme_import set updated_at = now()
        where deleted_at is null and status in ('analysing', 'committing') and updated_at < now() - make_interval(secs => ?)
        returning id, status, created_by`,
      [staleAfterMs / 1000],
    )
  ).rows as { id: string; status: "analysing" | "committing"; created_by: string | null }[]
  const out = { resumed: [] as string[], failed: [] as string[] }
  for (const job of claimed) {
    if (job.status === "analysing") {
      await updateImportWorkflow(container).run({
        input: {
          id: job.id,
          status: "failed",
          error:
            "The dry run was interrupted (the server restarted) and nothing was changed. Upload the file again to start it over.",
        },
      })
      out.failed.push(job.id)
      continue
    }
    await commitImport(container, { id: job.id, actor_id: job.created_by }, () => {}, { resume: true })
    out.resumed.push(job.id)
  }
  return out
}

/** Undoes what an import's commit did (the rollback workflow). */
export async function rollbackImport(container: MedusaContainer, importId: string): Promise<void> {
  await rollbackImportWorkflow(container).run({ input: { import_id: importId } })
}
