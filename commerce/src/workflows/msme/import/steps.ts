import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MSME_MODULE } from "../../../modules/msme"
import type MsmeModuleService from "../../../modules/msme/service"

type Service = MsmeModuleService

export type ImportRowRecord = {
  import_id: string
  row_number: number
  outcome: "create" | "update" | "unchanged" | "conflict" | "error"
  matched_by: string | null
  msme_id: string | null
  values: Record<string, unknown>
  changes: { list: { field: string; from: unknown; to: unknown }[] }
  problems: { list: { field: string; column: string | null; id: string; en: string }[] }
}

/** Keeps a chunk of a dry run's rows (what each row would do); compensation removes them. */
export const recordImportRowsStep = createStep(
  "record-msme-import-rows",
  async (rows: ImportRowRecord[], { container }) => {
    if (!rows.length) return new StepResponse([] as string[], [] as string[])
    const service: Service = container.resolve(MSME_MODULE)
    const created = await service.createMsmeImportRows(rows)
    const ids = created.map((r) => r.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: Service = container.resolve(MSME_MODULE)
    await service.deleteMsmeImportRows(ids)
  },
)

type ImportPatch = { id: string } & Record<string, unknown>

/** Updates an import job (status, progress, summary); compensation puts back the fields it changed. */
export const updateImportStep = createStep(
  "update-msme-import",
  async (patch: ImportPatch, { container }) => {
    const service: Service = container.resolve(MSME_MODULE)
    const before = (await service.retrieveMsmeImport(patch.id)) as unknown as Record<string, unknown>
    const previous = Object.fromEntries(Object.keys(patch).map((key) => [key, before[key]]))
    const updated = await service.updateMsmeImports(patch as never)
    return new StepResponse(updated, { ...previous, id: patch.id } as ImportPatch)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: Service = container.resolve(MSME_MODULE)
    await service.updateMsmeImports(previous as never)
  },
)

/** Records what the commit did with rows (created, updated, kept, skipped, and the MSME); compensation clears it. */
export const markImportRowsStep = createStep(
  "mark-msme-import-rows",
  async (rows: { id: string; result: string; msme_id: string | null }[], { container }) => {
    if (!rows.length) return new StepResponse(null, [] as { id: string; result: null; msme_id: string | null }[])
    const service: Service = container.resolve(MSME_MODULE)
    const before = await service.listMsmeImportRows({ id: rows.map((r) => r.id) }, { select: ["id", "msme_id"] })
    await service.markImportRows(rows)
    return new StepResponse(
      null,
      before.map((r) => ({ id: r.id, result: null, msme_id: r.msme_id })),
    )
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const service: Service = container.resolve(MSME_MODULE)
    await service.markImportRows(previous)
  },
)

/** Sets a staff member's decision on conflicting rows ("file" or "registry"); compensation restores the old ones. */
export const decideImportRowsStep = createStep(
  "decide-msme-import-rows",
  async (rows: { id: string; decision: "file" | "registry" }[], { container }) => {
    const service: Service = container.resolve(MSME_MODULE)
    const before = await service.listMsmeImportRows({ id: rows.map((r) => r.id) }, { select: ["id", "decision"] })
    await service.updateMsmeImportRows(rows)
    return new StepResponse(
      null,
      before.map((r) => ({ id: r.id, decision: r.decision })),
    )
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const service: Service = container.resolve(MSME_MODULE)
    await service.updateMsmeImportRows(previous as never)
  },
)

/** Updates several MSMEs (an import's batch); compensation puts back each field it changed. */
export const updateMsmesStep = createStep(
  "update-msmes",
  async (input: ({ id: string } & Record<string, unknown>)[], { container }) => {
    if (!input.length) return new StepResponse(0, [] as Record<string, unknown>[])
    const service: Service = container.resolve(MSME_MODULE)
    const before = await service.listMsmes({ id: input.map((i) => i.id) })
    const byId = new Map(before.map((m) => [m.id, m as unknown as Record<string, unknown>]))
    const previous = input.map((change) => ({
      id: change.id,
      ...Object.fromEntries(Object.keys(change).map((key) => [key, byId.get(change.id)?.[key] ?? null])),
    }))
    await service.updateMsmes(input as never)
    return new StepResponse(input.length, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const service: Service = container.resolve(MSME_MODULE)
    await service.updateMsmes(previous as never)
  },
)

/** Opens an import job for an uploaded file; compensation removes it (and its rows). */
export const createImportStep = createStep(
  "create-msme-import",
  async (
    input: {
      filename: string
      format: "xlsx" | "csv"
      checksum: string
      mapping: Record<string, string>
      created_by: string | null
    },
    { container },
  ) => {
    const service: Service = container.resolve(MSME_MODULE)
    const job = await service.createMsmeImports({ ...input, status: "analysing" })
    return new StepResponse(job, job.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: Service = container.resolve(MSME_MODULE)
    await service.deleteMsmeImports(id)
  },
)

/** Saves a column layout under a name (or replaces the one of that name); compensation restores it. */
export const saveImportMappingStep = createStep(
  "save-msme-import-mapping",
  async (input: { name: string; columns: Record<string, string>; created_by: string | null }, { container }) => {
    const service: Service = container.resolve(MSME_MODULE)
    const [existing] = await service.listMsmeImportMappings({ name: input.name })
    if (existing) {
      const saved = await service.updateMsmeImportMappings({ id: existing.id, columns: input.columns })
      return new StepResponse(saved, {
        id: existing.id,
        columns: existing.columns as Record<string, string>,
        created: false,
      })
    }
    const saved = await service.createMsmeImportMappings(input)
    return new StepResponse(saved, { id: saved.id, columns: {}, created: true })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: Service = container.resolve(MSME_MODULE)
    if (undo.created) await service.deleteMsmeImportMappings(undo.id)
    else await service.updateMsmeImportMappings({ id: undo.id, columns: undo.columns })
  },
)

const UNDO_BATCH = 500

type UndoRow = {
  id: string
  outcome: string
  msme_id: string | null
  result: string | null
  values: { nib?: string | null }
  changes: { list: { field: string; from: unknown; to: unknown }[] }
}

/**
 * Undoes what an import's commit did: created MSMEs removed (with their permits and history), updated
 * ones given back their values, NIBs it recorded removed, rows unmarked. It is itself the undo, so it
 * has no compensation of its own.
 */
export const undoImportCommitStep = createStep("undo-msme-import-commit", async (importId: string, { container }) => {
  const service: Service = container.resolve(MSME_MODULE)
  const rows = (await service.listMsmeImportRows(
    { import_id: importId, result: ["created", "updated", "kept", "skipped"] },
    { take: null },
  )) as unknown as UndoRow[]
  const created = rows.filter((r) => r.result === "created" && r.msme_id).map((r) => r.msme_id!)
  for (let i = 0; i < created.length; i += UNDO_BATCH) await service.deleteMsmes(created.slice(i, i + UNDO_BATCH))
  const restores = rows
    .filter((r) => r.result === "updated" && r.msme_id)
    .map((r) => ({
      id: r.msme_id!,
      ...Object.fromEntries(r.changes.list.filter((c) => c.field !== "nib").map((c) => [c.field, c.from])),
    }))
    .filter((u) => Object.keys(u).length > 1)
  for (let i = 0; i < restores.length; i += UNDO_BATCH)
    await service.updateMsmes(restores.slice(i, i + UNDO_BATCH) as never)
  const nibRows = rows.filter((r) => r.result === "updated" && r.changes.list.some((c) => c.field === "nib"))
  if (nibRows.length) {
    const permits = await service.listMsmePermits({
      msme_id: nibRows.map((r) => r.msme_id!),
      type: "nib",
      number: nibRows.map((r) => r.values.nib!),
    })
    if (permits.length) await service.deleteMsmePermits(permits.map((p) => p.id))
  }
  for (let i = 0; i < rows.length; i += UNDO_BATCH) {
    await service.updateMsmeImportRows(
      rows
        .slice(i, i + UNDO_BATCH)
        .map((r) => ({ id: r.id, result: null, msme_id: r.outcome === "create" ? null : r.msme_id })),
    )
  }
  return new StepResponse(rows.length)
})
