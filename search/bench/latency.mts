/**
 * Latency of /store/search on a running Medusa for four kinds of query, against a plain
 * /store/products listing measured in the same run (the baseline). Prints p50/p95/p99 in ms and
 * each kind's ratio to the baseline.
 *   MEDUSA_URL=http://localhost:9000 MEDUSA_PUBLISHABLE_KEY=pk_... node search/bench/latency.mts
 */
const base = process.env.MEDUSA_URL ?? "http://localhost:9000"
const key = process.env.MEDUSA_PUBLISHABLE_KEY ?? ""
const runs = Number(process.env.BENCH_RUNS ?? 200)
const headers = { "content-type": "application/json", "x-publishable-api-key": key }

type Kind = { name: string; request: (i: number) => Promise<Response> }
const search = (body: Record<string, unknown>) =>
  fetch(`${base}/store/search`, { method: "POST", headers, body: JSON.stringify(body) })
const words = [
  "batik tulis",
  "kursi rotan",
  "terasi udang",
  "kerupuk",
  "topeng",
  "lukisan kaca",
  "kopi robusta",
  "sirup mangga",
]
const typos = [
  "batk tulis",
  "kursi rotn",
  "trasi udang",
  "kerupk",
  "topng",
  "lukisan kca",
  "kopi robsta",
  "sirop mangga",
]
const prefixes = ["bat", "kur", "ter", "keru", "top", "luk", "kop", "sir"]
const kinds: Kind[] = [
  {
    name: "baseline: /store/products",
    request: (i) => fetch(`${base}/store/products?limit=12&offset=${(i % 20) * 12}`, { headers }),
  },
  {
    name: "keyword",
    request: (i) => search({ entity: "product", filters: { q: words[i % words.length] }, pagination: { take: 12 } }),
  },
  {
    // as the storefront does it: the exact search finds nothing, then the typo-tolerant one runs
    name: "typo (exact, then fuzzy)",
    request: async (i) => {
      const exact = await search({
        entity: "product",
        filters: { q: typos[i % typos.length] },
        pagination: { take: 12 },
      })
      const body = (await exact.json()) as { results: { hits: unknown[] }[] }
      if (body.results[0]!.hits.length) return new Response(JSON.stringify(body))
      return search({
        entity: "product",
        filters: { q: typos[i % typos.length] },
        pagination: { take: 12 },
        search_options: { typo_tolerance: true },
      })
    },
  },
  {
    name: "filtered + faceted",
    request: (i) =>
      search({
        entity: "product",
        filters: { q: words[i % words.length], export_ready: true, price_idr: { $lte: 2_000_000 } },
        pagination: { take: 12 },
        search_options: {
          count: "exact",
          facets: [
            { field: "category", limit: 20 },
            { field: "kecamatan", limit: 40 },
            "permits",
            "export_ready",
            { field: "price_idr", type: "stats" },
          ],
        },
      }),
  },
  {
    name: "prefix (as you type)",
    request: (i) =>
      search({
        entity: "product",
        filters: { q: prefixes[i % prefixes.length] },
        pagination: { take: 6 },
        search_options: { match_strategy: "last", count: "none" },
      }),
  },
]

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
const rows: { name: string; p50: number; p95: number; p99: number }[] = []
for (const kind of kinds) {
  for (let i = 0; i < 20; i++) await (await kind.request(i)).arrayBuffer() // warm up
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    const res = await kind.request(i)
    await res.arrayBuffer()
    times.push(performance.now() - t)
    if (!res.ok) throw new Error(`${kind.name}: HTTP ${res.status}`)
  }
  times.sort((a, b) => a - b)
  rows.push({ name: kind.name, p50: pct(times, 50), p95: pct(times, 95), p99: pct(times, 99) })
}
const baseline = rows[0]!
process.stdout.write(
  `${"query".padEnd(26)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"p95/base".padStart(9)}\n`,
)
for (const r of rows) {
  process.stdout.write(
    `${r.name.padEnd(26)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)} ${(r.p95 / baseline.p95).toFixed(2).padStart(9)}\n`,
  )
}
