/**
 * `./gallery bench load`: the storefront's pages (home, category, product, search) and the guest
 * checkout at 1, 10 and 50 concurrent buyers, p50/p95/p99 per step and completed orders per second,
 * in embedded mode and (when this machine has PostgreSQL and Redis) in production mode; and, as the
 * baseline in the same run, the same checkout against a plain Medusa 2.21 with none of the gallery's
 * modules, links, hooks, subscribers or middlewares (commerce/bench/plain-medusa), started on a
 * throwaway database of the same PostgreSQL with the same region and one product. Prints the
 * gallery's overhead as ratios. BENCH_SECONDS (default 15) is how long each level runs.
 */
import { spawn } from "node:child_process"
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import pg from "pg"
import { guestCheckout } from "../../storefront/e2e/journey.ts"
import { buildContent } from "./build.mts"
import { COMMERCE, freePort, run, say, waitFor } from "./common.mts"
import { ensureDatabaseExists, startEmbeddedPostgres } from "./database.mts"
import { startOwnRedis } from "./faults.mts"
import { type Gallery, launch } from "./launch.mts"
import { firstHandles, prepareShop, type Shop } from "./shop.mts"

/** What a checkout needs of a shop (the plain Medusa has no export inquiries). */
type Checkoutable = Omit<Shop, "productId">

const LEVELS = [1, 10, 50]
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15)

const pct = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : Number.NaN
const stats = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b)
  return { n: s.length, p50: pct(s, 50), p95: pct(s, 95), p99: pct(s, 99) }
}
const ms = (v: number) => (Number.isNaN(v) ? "-" : v.toFixed(0))

/** `workers` loops of `once` for SECONDS; what each run measured. */
async function loop(workers: number, once: () => Promise<void>) {
  const deadline = Date.now() + SECONDS * 1000
  const started = performance.now()
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (Date.now() < deadline) await once()
    }),
  )
  return (performance.now() - started) / 1000
}

type CheckoutLevel = {
  level: number
  orders: number
  failed: number
  /** what the first refused checkout was told */
  refusal?: string
  perSecond: number
  total: ReturnType<typeof stats>
  steps: Map<string, number[]>
}

async function checkoutAt(shop: Checkoutable, level: number, tag: string): Promise<CheckoutLevel> {
  const steps = new Map<string, number[]>()
  const totals: number[] = []
  let orders = 0
  let failed = 0
  let refusal: string | undefined
  let n = 0
  const seconds = await loop(level, async () => {
    const t = performance.now()
    const r = await guestCheckout(
      shop.api,
      { regionId: shop.regionId, variantId: shop.variantId, email: `load-${tag}-${level}-${n++}@bench.test` },
      { onStep: (step, d) => steps.set(step, [...(steps.get(step) ?? []), d]) },
    )
    if ("order" in r) {
      orders++
      totals.push(performance.now() - t)
    } else {
      failed++
      refusal ??= r.refused.slice(0, 200)
    }
  })
  return { level, orders, failed, refusal, perSecond: orders / seconds, total: stats(totals), steps }
}

async function pagesAt(g: Gallery, level: number, paths: Record<string, string>) {
  const out: Record<string, ReturnType<typeof stats> & { errors: number }> = {}
  for (const [name, path] of Object.entries(paths)) {
    const times: number[] = []
    let errors = 0
    await loop(level, async () => {
      const t = performance.now()
      const res = await fetch(`${g.storefrontUrl}${path}`).catch(() => null)
      if (!res) {
        errors++
        return
      }
      await res.arrayBuffer()
      if (res.status === 200) times.push(performance.now() - t)
      else errors++
    })
    out[name] = { ...stats(times), errors }
  }
  return out
}

async function pagePaths(g: Gallery): Promise<Record<string, string>> {
  const { category, product } = await firstHandles(g)
  return {
    home: "/",
    category: `/kategori/${category}/`,
    product: `/produk/${product}/`,
    search: "/cari?q=batik+tulis",
  }
}

function checkoutTable(title: string, levels: CheckoutLevel[]) {
  const lines = [
    "",
    title,
    "",
    "| buyers | orders | refused | orders/s | checkout p50 ms | p95 | p99 |",
    "|---|---|---|---|---|---|---|",
    ...levels.map(
      (l) =>
        `| ${l.level} | ${l.orders} | ${l.failed} | ${l.perSecond.toFixed(2)} | ${ms(l.total.p50)} | ${ms(l.total.p95)} | ${ms(l.total.p99)} |`,
    ),
    ...levels.filter((l) => l.refusal).map((l) => `(${l.level} buyers: a refusal said "${l.refusal}")`),
    "",
    "| step (p50 / p95 / p99 ms) | " +
      levels.map((l) => `${l.level} buyer${l.level > 1 ? "s" : ""}`).join(" | ") +
      " |",
    `|---|${levels.map(() => "---|").join("")}`,
    ...[...levels[0]!.steps.keys()].map(
      (step) =>
        `| ${step} | ` +
        levels
          .map((l) => {
            const s = stats(l.steps.get(step) ?? [])
            return `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.p99)}`
          })
          .join(" | ") +
        " |",
    ),
  ]
  process.stdout.write(`${lines.join("\n")}\n`)
}

function pagesTable(title: string, rows: { level: number; pages: Awaited<ReturnType<typeof pagesAt>> }[]) {
  const names = Object.keys(rows[0]!.pages)
  process.stdout.write(
    [
      "",
      title,
      "",
      "| page (p50 / p95 / p99 ms, errors) | " +
        rows.map((r) => `${r.level} buyer${r.level > 1 ? "s" : ""}`).join(" | ") +
        " |",
      `|---|${rows.map(() => "---|").join("")}`,
      ...names.map(
        (name) =>
          `| ${name} | ` +
          rows
            .map((r) => {
              const p = r.pages[name]!
              return `${ms(p.p50)} / ${ms(p.p95)} / ${ms(p.p99)}${p.errors ? `, ${p.errors} errors` : ""}`
            })
            .join(" | ") +
          " |",
      ),
      "",
    ].join("\n"),
  )
}

/** The gallery measured: warm-up, pages, checkout at every level. */
async function measureGallery(g: Gallery, tag: string) {
  const shop = await prepareShop(g)
  const paths = await pagePaths(g)
  say(`${tag}: warming up ...`)
  for (let i = 0; i < 3; i++)
    await guestCheckout(shop.api, {
      regionId: shop.regionId,
      variantId: shop.variantId,
      email: `warm-${tag}-${i}@bench.test`,
    })
  for (const path of Object.values(paths)) await fetch(`${g.storefrontUrl}${path}`).then((r) => r.arrayBuffer())
  const pages: { level: number; pages: Awaited<ReturnType<typeof pagesAt>> }[] = []
  const checkouts: CheckoutLevel[] = []
  for (const level of LEVELS) {
    say(`${tag}: pages at ${level} concurrent buyer(s), ${SECONDS} s each ...`)
    pages.push({ level, pages: await pagesAt(g, level, paths) })
    say(`${tag}: guest checkout at ${level} concurrent buyer(s), ${SECONDS} s ...`)
    checkouts.push(await checkoutAt(shop, level, tag))
  }
  return { pages, checkouts }
}

/** The plain Medusa: copied beside commerce/node_modules, migrated, seeded, started; its checkout measured. */
async function measurePlain(databaseUrl: string, work: string): Promise<CheckoutLevel[]> {
  const dir = join(work, "plain-medusa")
  rmSync(dir, { recursive: true, force: true })
  cpSync(join(COMMERCE, "bench", "plain-medusa"), dir, { recursive: true })
  symlinkSync(join(COMMERCE, "node_modules"), join(dir, "node_modules"))
  const port = await freePort(19950)
  const env = {
    DATABASE_URL: databaseUrl,
    JWT_SECRET: "plain-medusa-bench-jwt-secret-0123456789",
    COOKIE_SECRET: "plain-medusa-bench-cookie-secret-012345",
    PLAIN_SEED_OUTPUT: join(dir, "seed.json"),
    MEDUSA_DISABLE_TELEMETRY: "true",
    PORT: String(port),
    NODE_ENV: "production",
    LOG_LEVEL: "error",
  }
  const medusa = join(dir, "node_modules", ".bin", "medusa")
  say("plain Medusa: migrating and seeding a throwaway database ...")
  if ((await run(medusa, ["db:migrate"], { cwd: dir, env, quiet: true })) !== 0)
    throw new Error("the plain Medusa's migrations failed")
  if ((await run(medusa, ["exec", "./seed.js"], { cwd: dir, env, quiet: true })) !== 0)
    throw new Error("the plain Medusa's seed failed")
  const seed = JSON.parse(readFileSync(env.PLAIN_SEED_OUTPUT, "utf8")) as {
    publishable_key: string
    region_id: string
    variant_id: string
  }
  const child = spawn(medusa, ["start"], { cwd: dir, env: { ...process.env, ...env }, stdio: "ignore" })
  try {
    await waitFor(`http://localhost:${port}/health`, 120_000, () => child.exitCode !== null)
    const shop: Checkoutable = {
      api: { url: `http://localhost:${port}`, publishableKey: seed.publishable_key },
      regionId: seed.region_id,
      variantId: seed.variant_id,
    }
    for (let i = 0; i < 3; i++)
      await guestCheckout(shop.api, {
        regionId: shop.regionId,
        variantId: shop.variantId,
        email: `warm-plain-${i}@bench.test`,
      })
    const levels: CheckoutLevel[] = []
    for (const level of LEVELS) {
      say(`plain Medusa: guest checkout at ${level} concurrent buyer(s), ${SECONDS} s ...`)
      levels.push(await checkoutAt(shop, level, "plain"))
    }
    return levels
  } finally {
    await new Promise((r) => {
      child.once("exit", r)
      child.kill("SIGTERM")
    })
  }
}

export async function benchLoad() {
  await buildContent()
  const work = join(tmpdir(), `galeri-bench-load-${process.pid}`)
  mkdirSync(work, { recursive: true })
  const db = await startEmbeddedPostgres(join(work, "pg"), false)
  const date = new Date().toISOString().slice(0, 10)
  try {
    await ensureDatabaseExists(db.url, "galeri_load")
    await ensureDatabaseExists(db.url, "plain_load")
    say("embedded gallery on a throwaway database ...")
    const gallery = await launch({
      mode: "embedded",
      databaseUrl: `${db.url}/galeri_load`,
      uploads: join(work, "uploads"),
      backendPort: await freePort(19300),
      storefrontPort: await freePort(14600),
      log: join(work, "servers.log"),
      createStaff: true,
      freshDatabase: true,
    })
    let embedded: Awaited<ReturnType<typeof measureGallery>>
    try {
      embedded = await measureGallery(gallery, "embedded")
    } finally {
      await gallery.stop()
    }
    const plain = await measurePlain(`${db.url}/plain_load`, work)

    process.stdout.write(
      `\nLoad, ${date}, 2 cores, loopback, ${SECONDS} s per level; embedded PostgreSQL for both apps.\n`,
    )
    pagesTable("Storefront pages, embedded mode:", embedded.pages)
    checkoutTable("Guest checkout, the gallery in embedded mode:", embedded.checkouts)
    checkoutTable("Guest checkout, plain Medusa 2.21 (baseline, same PostgreSQL):", plain)
    process.stdout.write(
      [
        "",
        "| buyers | gallery / plain, checkout p50 | gallery / plain, orders/s |",
        "|---|---|---|",
        ...LEVELS.map((level, i) => {
          const g = embedded.checkouts[i]!
          const p = plain[i]!
          return `| ${level} | ${(g.total.p50 / p.total.p50).toFixed(2)}x | ${(g.perSecond / p.perSecond).toFixed(2)}x |`
        }),
        "",
      ].join("\n"),
    )
    await productionLoad(work)
  } finally {
    await db.stop()
  }
}

/** The same in production mode (server and worker, Redis), when this machine has PostgreSQL and Redis. */
async function productionLoad(work: string) {
  const base = process.env.GALERI_PRODUCTION_PG ?? "postgres://postgres@127.0.0.1:5432"
  const redisServer = process.env.REDIS_SERVER ?? "/usr/bin/redis-server"
  const redis = await startOwnRedis(redisServer, join(work, "redis")).catch(() => null)
  const dbName = `galeri_load_prod_${process.pid}`
  try {
    await ensureDatabaseExists(base, dbName)
  } catch {
    say(`production mode skipped: no PostgreSQL at ${base} (GALERI_PRODUCTION_PG)`)
    await redis?.stop()
    return
  }
  if (!redis) {
    say(`production mode skipped: ${redisServer} could not be started (REDIS_SERVER)`)
    return
  }
  let gallery: Gallery | null = null
  try {
    say("production mode: a server and a worker on PostgreSQL and Redis ...")
    gallery = await launch({
      mode: "production",
      split: true,
      databaseUrl: `${base}/${dbName}`,
      uploads: join(work, "uploads-prod"),
      backendPort: await freePort(19600),
      storefrontPort: await freePort(14900),
      log: join(work, "servers-prod.log"),
      workerLog: join(work, "worker-prod.log"),
      createStaff: true,
      freshDatabase: true,
      backendEnv: {
        REDIS_URL: redis.url,
        JWT_SECRET: "load-bench-jwt-secret-0123456789abcdef",
        COOKIE_SECRET: "load-bench-cookie-secret-0123456789abc",
        GALERI_DEMO_CATALOG: "1",
        LOG_LEVEL: "error",
      },
    })
    const production = await measureGallery(gallery, "production")
    pagesTable("Storefront pages, production mode (server + worker, Redis):", production.pages)
    checkoutTable("Guest checkout, production mode:", production.checkouts)
  } finally {
    await gallery?.stop()
    await redis.stop()
    const client = new pg.Client({ connectionString: `${base}/postgres` })
    await client.connect()
    await client.query(`drop database if exists "${dbName}" with (force)`).finally(() => client.end())
  }
}
