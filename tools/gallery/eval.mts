import { readdirSync, readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { join } from "node:path"
import { buildContent } from "./build.mts"
import { DATA, say } from "./common.mts"

/**
 * Scores search relevance on the running gallery: the judged queries of search/relevance/queries.json
 * against /store/search; prints recall@5, MRR and NDCG@10, and the queries that missed.
 */
export async function evaluateSearch() {
  await buildContent()
  const require = createRequire(import.meta.url)
  const { loadCatalog } = require("@galeri/content") as typeof import("@galeri/content")
  const { evaluate, loadJudgedSet } = require("@galeri/search") as typeof import("@galeri/search")
  const backend = process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"
  const seedFile = readdirSync(DATA)
    .filter((f) => f.startsWith("seed-"))
    .map((f) => join(DATA, f))[0]
  const key =
    process.env.MEDUSA_PUBLISHABLE_KEY ??
    (seedFile ? (JSON.parse(readFileSync(seedFile, "utf8")) as { publishable_key: string }).publishable_key : "")
  if (
    !(await fetch(`${backend}/health`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    say(`Medusa does not answer at ${backend}: start the gallery first (./gallery start).`)
    process.exit(1)
  }
  const catalog = loadCatalog()
  const active = new Set(catalog.msmes.filter((m) => m.status === "active").map((m) => m.handle))
  const products = catalog.products
    .filter((p) => p.curation === "approved" && active.has(p.msme))
    .map((p) => ({ handle: p.handle, category: p.category, msme: p.msme }))
  const started = Date.now()
  // As the storefront searches: exact first, typo-tolerant only when the exact search finds nothing.
  const ask = async (q: string, typo: boolean) => {
    const res = await fetch(`${backend}/store/search`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-publishable-api-key": key },
      body: JSON.stringify({
        entity: "product",
        filters: { q },
        pagination: { take: 10 },
        search_options: { typo_tolerance: typo, count: "none" },
      }),
    })
    if (!res.ok) throw new Error(`search for "${q}" answered ${res.status}: ${await res.text()}`)
    const body = (await res.json()) as { results: { hits: { document: { handle: string } }[] }[] }
    return body.results[0]!.hits.map((h) => h.document.handle)
  }
  const result = await evaluate(loadJudgedSet(), products, async (q) => {
    const exact = await ask(q, false)
    return exact.length ? exact : ask(q, true)
  })
  const unjudgeable = result.queries.filter((q) => q.relevant === 0)
  for (const q of unjudgeable)
    say(`judged query "${q.q}" has no visible relevant product in the demo catalog: fix search/relevance/queries.json`)
  if (unjudgeable.length) process.exitCode = 1
  const misses = result.queries.filter((q) => q.recall5 < 1)
  for (const q of misses) {
    process.stdout.write(
      `  ${q.recall5.toFixed(2)}  ${q.lang}  "${q.q}"${q.note ? ` (${q.note})` : ""}: top ${q.top.join(", ") || "(nothing)"}\n`,
    )
  }
  process.stdout.write(
    `${result.queries.length} judged queries in ${((Date.now() - started) / 1000).toFixed(1)} s against ${backend}\n` +
      `recall@5 ${result.recall5.toFixed(3)}  MRR ${result.mrr.toFixed(3)}  NDCG@10 ${result.ndcg10.toFixed(3)}  (aim: recall@5 >= 0.9)\n`,
  )
}
