/**
 * `./gallery import <file.xlsx|file.csv> [--commit] [--skip-errors] [--mapping NAME]`: the MSME
 * registry import from the command line (dry run by default), against DATABASE_URL or the embedded
 * gallery database (stop `./gallery start` first: the embedded PostgreSQL serves one process).
 */
import { existsSync } from "node:fs"
import { join, resolve } from "node:path"
import { buildContent, buildMedusa } from "./build.mts"
import { COMMERCE, DATA, MEDUSA_SERVER, run, say } from "./common.mts"
import { ensureDatabaseExists, startEmbeddedPostgres } from "./database.mts"

/**
 * How the import's process runs: V8 collects before it grows the heap past 320 MB (left alone it
 * grows to over 1 GB because memory is plentiful, though the import needs no more), young
 * generation kept small, and two malloc arenas instead of one per thread (glibc's default inflates
 * the resident memory of a threaded process). The bench runs the import the same way.
 */
export const IMPORT_PROCESS_ENV = {
  NODE_OPTIONS: "--max-old-space-size=320 --max-semi-space-size=8",
  MALLOC_ARENA_MAX: "2",
}

export async function importRegistry() {
  const args = process.argv.slice(3)
  const file = args.find((a) => !a.startsWith("--") && args[args.indexOf(a) - 1] !== "--mapping")
  if (!file || !existsSync(file)) {
    say("usage: ./gallery import <file.xlsx|file.csv> [--commit] [--skip-errors] [--mapping NAME]")
    process.exit(2)
  }
  const words = [
    ...(args.includes("--commit") ? ["commit"] : []),
    ...(args.includes("--skip-errors") ? ["skip-errors"] : []),
    ...(args.includes("--mapping") ? [`mapping=${args[args.indexOf("--mapping") + 1] ?? ""}`] : []),
  ]
  await buildContent()
  let databaseUrl = process.env.DATABASE_URL
  let stop = async () => {}
  if (!databaseUrl) {
    if (!existsSync(join(DATA, "postgres"))) {
      say("there is no gallery database yet: run ./gallery start once (it creates and migrates it), then import.")
      process.exit(1)
    }
    const db = await startEmbeddedPostgres(join(DATA, "postgres"), true)
    await ensureDatabaseExists(db.url, "galeri")
    databaseUrl = `${db.url}/galeri`
    stop = () => db.stop()
  }
  const env = {
    DATABASE_URL: databaseUrl,
    NODE_ENV: process.env.NODE_ENV ?? "development",
    LOG_LEVEL: "error",
    ...IMPORT_PROCESS_ENV,
  }
  try {
    // from Medusa's build, not the TypeScript sources: the same import in about 140 MB less memory
    if (!(await buildMedusa(env))) throw new Error("the Medusa build failed (see above)")
    const code = await run(
      join(COMMERCE, "node_modules", ".bin", "medusa"),
      ["exec", "./src/scripts/import-msmes.js", resolve(file), ...words],
      { cwd: MEDUSA_SERVER, env },
    )
    if (code !== 0) process.exitCode = code
  } finally {
    await stop()
  }
}
