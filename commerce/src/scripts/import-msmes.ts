import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { basename } from "node:path"
import type { ExecArgs } from "@medusajs/framework/types"
import { sniffSheet } from "../lib/spreadsheet"
import { MSME_MODULE } from "../modules/msme"
import { mapHeaders } from "../modules/msme/import-rules"
import type MsmeModuleService from "../modules/msme/service"
import { headerRow, stageFile } from "../workflows/msme/import/files"
import { analyseImport, commitImport } from "../workflows/msme/import/run"
import { createImportWorkflow } from "../workflows/msme/import/workflows"

/**
 * The registry import from the command line (the same dry run and commit as Medusa Admin's):
 *   medusa exec ./src/scripts/import-msmes.ts <file.xlsx|file.csv> [commit] [skip-errors] [mapping=NAME]
 * (bare words: medusa exec takes no flags of its own scripts; `./gallery import <file> [--commit]
 * [--skip-errors] [--mapping NAME]` runs it against the gallery's database). Progress goes to stderr.
 */
const bar = (label: string, done: number, total: number | null) => {
  const width = 30
  const share = total ? Math.min(1, done / total) : 0
  const line = total
    ? `${label} [${"#".repeat(Math.round(share * width)).padEnd(width, ".")}] ${done.toLocaleString("en")} / ${total.toLocaleString("en")} rows (${Math.round(share * 100)}%)`
    : `${label} ${done.toLocaleString("en")} rows read`
  process.stderr.write(process.stderr.isTTY ? `\r${line}   ` : `${line}\n`)
}

export default async function importMsmes({ container, args }: ExecArgs) {
  // Medusa itself is loaded by now: what the import adds is measured from here
  const rssAtStart = process.memoryUsage().rss / 1024 / 1024
  const [file, ...words] = args
  const flag = (name: string) => words.includes(name)
  const mappingName = words.find((w) => w.startsWith("mapping="))?.slice("mapping=".length)
  const fail = (message: string): never => {
    process.stderr.write(`\n${message}\n`)
    process.exitCode = 1
    throw new Error(message)
  }
  if (!file || !existsSync(file))
    fail(
      `usage: import-msmes <file.xlsx|file.csv> [commit] [skip-errors] [mapping=NAME]${file ? ` (no file ${file})` : ""}`,
    )
  const bytes = readFileSync(file!)
  const format =
    sniffSheet(bytes.subarray(0, 4096)) ??
    fail(`${file} is neither XLSX nor CSV: save it from Excel as .xlsx and run this again.`)
  const msmes: MsmeModuleService = container.resolve(MSME_MODULE)
  let saved: Record<string, string> = {}
  if (mappingName) {
    const [mapping] = await msmes.listMsmeImportMappings({ name: mappingName })
    if (!mapping) fail(`There is no saved column layout "${mappingName}" (save one in Medusa Admin first).`)
    saved = mapping!.columns as Record<string, string>
  }
  const { path, checksum } = stageFile(bytes, format)
  const headers = (await headerRow(path, format)) ?? fail("No header row found: the first row must name the columns.")
  const { mapping, unknown, missing } = mapHeaders(headers, saved)
  if (missing.length)
    fail(`Required columns are missing: ${missing.join(", ")} (columns we do not know: ${unknown.join(", ") || "-"}).`)
  if (unknown.length) process.stderr.write(`columns left out (not known): ${unknown.join(", ")}\n`)

  const started = Date.now()
  const { result: job } = await createImportWorkflow(container).run({
    input: { filename: basename(file!), format, checksum, mapping, created_by: null },
  })
  await analyseImport(container, { id: job.id, path, format, mapping }, (done) => bar("dry run", done, null))
  const [read] = await msmes.listMsmeImports({ id: job.id })
  const summary = read!.summary as Record<string, number>
  process.stderr.write(
    `\ndry run of ${read!.total_rows.toLocaleString("en")} rows in ${((Date.now() - started) / 1000).toFixed(1)} s: ${summary.create} to create, ${summary.update} to update, ${summary.unchanged} unchanged, ${summary.conflict} conflicts (kept as they are unless decided in Admin), ${summary.error} with errors\n`,
  )
  if (summary.error) {
    const errors = await msmes.listMsmeImportRows(
      { import_id: job.id, outcome: "error" },
      { order: { row_number: "ASC" }, take: 10 },
    )
    for (const row of errors) {
      const problems = (row.problems as { list: { column: string | null; en: string }[] }).list
      process.stderr.write(
        `  row ${row.row_number}: ${problems.map((p) => `${p.column ?? "row"}: ${p.en}`).join("; ")}\n`,
      )
    }
    if (summary.error > 10)
      process.stderr.write(`  ... and ${summary.error - 10} more (the whole report: Medusa Admin > UMKM > Import)\n`)
  }
  if (!flag("commit")) {
    process.stderr.write(
      `nothing changed (dry run, import ${job.id}). Run again with commit (./gallery import: --commit) to import.\n`,
    )
    return
  }
  if (summary.error && !flag("skip-errors")) {
    fail(
      `${summary.error} row(s) have errors: fix them in the file, or add skip-errors (./gallery import: --skip-errors) to import the other rows.`,
    )
  }
  const committing = Date.now()
  const done = await commitImport(container, { id: job.id, actor_id: null }, (n, total) => bar("import", n, total))
  const commitSeconds = (Date.now() - committing) / 1000
  const peakMb = process.resourceUsage().maxRSS / 1024
  process.stderr.write(
    `\nimported in ${commitSeconds.toFixed(1)} s: ${done.created} created, ${done.updated} updated, ${done.kept} kept as they were, ${done.skipped} rows with errors left out (peak memory ${peakMb.toFixed(0)} MB)\n`,
  )
  if (process.env.BENCH_OUTPUT) {
    writeFileSync(
      process.env.BENCH_OUTPUT,
      JSON.stringify({
        rows: read!.total_rows,
        dry_seconds: (committing - started) / 1000,
        commit_seconds: commitSeconds,
        peak_mb: peakMb,
        medusa_mb: rssAtStart,
        done,
      }),
    )
  }
}
