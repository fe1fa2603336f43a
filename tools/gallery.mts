/**
 * The gallery's orchestrator, run by ./gallery with the pinned Node 24 (types stripped natively).
 *   start  embedded PostgreSQL (or DATABASE_URL), migrations, demo seed, staff login, Medusa, storefront
 *   test   every test tier; prints "N passed, N failed"
 *   db     only the embedded PostgreSQL, for working on the backend by hand
 */
import { backupCommand, restoreCommand } from "./gallery/backup.mts"
import { bench } from "./gallery/bench.mts"
import { say } from "./gallery/common.mts"
import { evaluateSearch } from "./gallery/eval.mts"
import { importRegistry } from "./gallery/import.mts"
import { dbOnly, start } from "./gallery/start.mts"
import { test } from "./gallery/test.mts"

const commands: Record<string, () => Promise<void>> = {
  start,
  test,
  db: dbOnly,
  bench,
  eval: evaluateSearch,
  import: importRegistry,
  backup: backupCommand,
  restore: restoreCommand,
}
const command = process.argv[2] ?? "help"
const handler = commands[command]
if (!handler) {
  process.stdout.write(
    "usage: ./gallery start | test | db | bench | eval | import | backup | restore\n  start  the whole gallery with demo data\n  test   every test, ending with 'N passed, N failed'\n  db     only the embedded PostgreSQL (prints DATABASE_URL)\n  bench  Lighthouse on the running storefront; 'bench search': search at 10k and 100k products; 'bench scale': every page, list and search at 100,000 products of 20,000 MSMEs against Medusa's own /store/products; 'bench images': the upload image pipeline; 'bench office': the registry import at 50,000 rows; 'bench load': pages and guest checkout at 1, 10 and 50 buyers against a plain Medusa; 'bench soak': 15 minutes of mixed traffic, memory of every process\n  eval   search relevance (recall@5, MRR, NDCG@10) on the running gallery\n  import the MSME registry from an XLSX or CSV sheet: ./gallery import <file> [--commit] [--skip-errors] [--mapping NAME]\n  backup the production database (DATABASE_URL) into a file: ./gallery backup <file>\n  restore a backup into DATABASE_URL: ./gallery restore <file> [--replace]\n",
  )
  process.exit(command === "help" ? 0 : 2)
}
handler().catch((error: unknown) => {
  say(`${command} failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
