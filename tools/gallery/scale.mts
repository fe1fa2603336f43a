/**
 * `./gallery bench scale`: the whole gallery at BENCH_PRODUCTS products (default 100,000) of
 * BENCH_MSMES MSMEs (default 20,000), in a throwaway embedded database. Prints, side by side with
 * Medusa's own `/store/products` (the baseline, measured in the same run at the same concurrency):
 * TTFB p50/p95 of the storefront's pages at 1 and 20 concurrent clients, `/store/search` by kind,
 * the admin curation queue, and how long the load and the full reindex took.
 */

import { mkdirSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { buildContent } from "./build.mts"
import { COMMERCE, DEMO_STAFF, freePort, must, ROOT, run, SEARCH, say } from "./common.mts"
import { ensureDatabaseExists, startEmbeddedPostgres } from "./database.mts"
import { type Gallery, launch } from "./launch.mts"

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const LEVELS = [1, 20]

const pct = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : Number.NaN
const ms = (v: number) => (Number.isNaN(v) ? "-" : v.toFixed(0))

type Timing = { n: number; p50: number; p95: number; errors: number }

/** Time to first byte of `url` from `level` clients looping for SECONDS (bodies read, not timed). */
async function ttfb(url: string, level: number, headers: Record<string, string> = {}): Promise<Timing> {
  const times: number[] = []
  let errors = 0
  const deadline = Date.now() + SECONDS * 1000
  await Promise.all(
    Array.from({ length: level }, async () => {
      while (Date.now() < deadline) {
        const t = performance.now()
        const res = await fetch(url, { headers, redirect: "manual" }).catch(() => null)
        const first = performance.now() - t
        if (!res) {
          errors++
          continue
        }
        await res.arrayBuffer()
        if (res.status === 200) times.push(first)
        else errors++
      }
    }),
  )
  times.sort((a, b) => a - b)
  return { n: times.length, p50: pct(times, 50), p95: pct(times, 95), errors }
}

async function handles(g: Gallery) {
  const headers = { "x-publishable-api-key": g.publishableKey }
  const get = async <T,>(path: string) => (await (await fetch(`${g.backendUrl}${path}`, { headers })).json()) as T
  const { product_categories } = await get<{ product_categories: { handle: string }[] }>(
    "/store/product-categories?limit=100&fields=handle",
  )
  // the largest category, so page 200 exists
  let category = product_categories[0]!.handle
  let most = 0
  for (const c of product_categories) {
    const { count } = await get<{ count: number }>(`/store/gallery/listing?category=${c.handle}&limit=1`)
    if (count > most) [category, most] = [c.handle, count]
  }
  const { products } = await get<{ products: { handle: string }[] }>(
    "/store/products?limit=1&fields=handle&order=-created_at",
  )
  const { msmes } = await get<{ msmes: { handle: string }[] }>("/store/gallery/msmes?limit=1&offset=100")
  return { category, categorySize: most, product: products[0]!.handle, msme: msmes[0]!.handle }
}

async function adminToken(g: Gallery): Promise<string> {
  const res = await fetch(`${g.backendUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(DEMO_STAFF),
  })
  const { token } = (await res.json()) as { token?: string }
  if (!token) throw new Error(`could not sign in as ${DEMO_STAFF.email} (${res.status})`)
  return token
}

export async function benchScale() {
  await buildContent()
  const products = Number(process.env.BENCH_PRODUCTS ?? 100_000)
  const msmes = Number(process.env.BENCH_MSMES ?? 20_000)
  const work = join(tmpdir(), `galeri-scale-${process.pid}`)
  mkdirSync(work, { recursive: true })
  const db = await startEmbeddedPostgres(join(work, "pg"), false)
  const log = join(work, "servers.log")
  const options = {
    mode: "embedded" as const,
    databaseUrl: `${db.url}/galeri_scale`,
    uploads: join(work, "uploads"),
    backendPort: await freePort(19300),
    storefrontPort: await freePort(14600),
    log,
    createStaff: true,
  }
  try {
    await ensureDatabaseExists(db.url, "galeri_scale")
    const first = await launch({ ...options, freshDatabase: true })
    const env = first.backendEnv
    await first.stop()
    const out = join(work, "load.json")
    say(`growing the catalog to ${products.toLocaleString("en")} products of ${msmes.toLocaleString("en")} MSMEs ...`)
    const loaded = await run("pnpm", ["exec", "medusa", "exec", "./src/scripts/bench-scale.ts"], {
      cwd: COMMERCE,
      env: {
        ...env,
        BENCH_PRODUCTS: String(products),
        BENCH_MSMES: String(msmes),
        BENCH_OUTPUT: out,
        LOG_LEVEL: "error",
      },
    })
    if (loaded !== 0) throw new Error(`growing the catalog failed (see above and ${log})`)
    const load = JSON.parse(readFileSync(out, "utf8")) as {
      products: number
      msmes: number
      load_seconds: number
      products_per_second: number
      reindex_seconds: number
    }
    say("starting the grown gallery ...")
    const g = await launch({ ...options, restored: true })
    try {
      const h = await handles(g)
      const storeHeaders = { "x-publishable-api-key": g.publishableKey }
      const token = await adminToken(g)
      // page 200 of the largest category when it has that many (12 a page), else its last page
      const deep = Math.max(1, Math.min(200, Math.ceil(h.categorySize / 12)))
      const chunks = Math.max(1, Math.ceil(load.products / 5000))
      const pages: Record<string, string> = {
        home: "/",
        "category, page 1": `/kategori/${h.category}/`,
        [`category, page ${deep}`]: `/kategori/${h.category}/?hal=${deep}`,
        product: `/produk/${h.product}/`,
        "MSME page": `/umkm/${h.msme}/`,
        "search page": "/cari?q=batik+tulis",
        "sitemap index": "/sitemap.xml",
        [`sitemap chunk (${Math.ceil(chunks / 2)} of ${chunks})`]: `/sitemap/produk-${Math.ceil(chunks / 2)}.xml`,
      }
      say(`warming up (${Object.keys(pages).length} pages, twice) ...`)
      for (let i = 0; i < 2; i++)
        for (const path of Object.values(pages)) await fetch(`${g.storefrontUrl}${path}`).then((r) => r.arrayBuffer())
      const rows: { name: string; timings: Timing[] }[] = []
      const measure = async (name: string, url: string, headers: Record<string, string> = {}) => {
        const timings: Timing[] = []
        for (const level of LEVELS) timings.push(await ttfb(url, level, headers))
        rows.push({ name, timings })
        say(`  ${name}: ${timings.map((t, i) => `${LEVELS[i]}x p50 ${ms(t.p50)} ms p95 ${ms(t.p95)} ms`).join(", ")}`)
      }
      say(`pages and lists, ${SECONDS} s at each of ${LEVELS.join(" and ")} clients ...`)
      await measure("baseline: Medusa /store/products", `${g.backendUrl}/store/products?limit=12`, storeHeaders)
      for (const [name, path] of Object.entries(pages)) await measure(name, `${g.storefrontUrl}${path}`)
      await measure("admin curation queue (Medusa)", `${g.backendUrl}/admin/curation?status=approved&limit=50`, {
        authorization: `Bearer ${token}`,
      })
      await measure(
        "admin curation queue, page 100",
        `${g.backendUrl}/admin/curation?status=approved&limit=50&offset=5000`,
        {
          authorization: `Bearer ${token}`,
        },
      )
      const base = rows[0]!.timings
      const head = `| what | ${LEVELS.map((l) => `${l} client${l > 1 ? "s" : ""} p50 / p95 ms (x baseline p50)`).join(" | ")} |`
      const line = (r: (typeof rows)[number]) =>
        `| ${r.name} | ${r.timings
          .map(
            (t, i) =>
              `${ms(t.p50)} / ${ms(t.p95)} (${(t.p50 / base[i]!.p50).toFixed(2)}x)${t.errors ? `, ${t.errors} errors` : ""}`,
          )
          .join(" | ")} |`
      process.stdout.write(
        `\n${load.products.toLocaleString("en")} products of ${load.msmes.toLocaleString("en")} MSMEs (largest category ${h.categorySize.toLocaleString("en")}), 2 cores\n` +
          `loaded in ${load.load_seconds.toFixed(0)} s (${load.products_per_second.toFixed(0)} products/s), full reindex ${load.reindex_seconds.toFixed(1)} s\n\n` +
          `${head}\n|---|${LEVELS.map(() => "---").join("|")}|\n${rows.map(line).join("\n")}\n\n`,
      )
      await must(
        "measuring /store/search",
        "node",
        [join(SEARCH, "bench", "latency.mts")],
        { cwd: ROOT, env: { MEDUSA_URL: g.backendUrl, MEDUSA_PUBLISHABLE_KEY: g.publishableKey } },
        `See ${log}.`,
      )
    } finally {
      await g.stop()
    }
  } finally {
    await db.stop()
  }
}
