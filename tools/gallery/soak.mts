/**
 * `./gallery bench soak` (a benchmark, not a test): SOAK_MINUTES (default 15) of mixed traffic on
 * loopback, four buyers browsing (home, category, product, search) and two checking out as guests,
 * against production mode (server, worker, a Redis of the bench's own) when this machine has
 * PostgreSQL and Redis, else the embedded gallery. Every process's resident memory is read every
 * 10 s from /proc; the verdict compares the median of the first minute after warm-up (the first
 * fifth of the run, at least a minute) with the median of the last minute: flat is under 10% growth.
 * Errors (a page not 200, a checkout refused) are counted; none is the aim.
 */
import { readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import pg from "pg"
import { guestCheckout } from "../../storefront/e2e/journey.ts"
import { buildContent } from "./build.mts"
import { freePort, say } from "./common.mts"
import { ensureDatabaseExists, startEmbeddedPostgres } from "./database.mts"
import { type OwnRedis, startOwnRedis } from "./faults.mts"
import { type Gallery, launch } from "./launch.mts"
import { firstHandles, prepareShop } from "./shop.mts"

const rssMb = (pid: number): number | null => {
  try {
    const kb = Number(readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+)/)?.[1])
    return kb ? kb / 1024 : null
  } catch {
    return null
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length ? s[Math.floor(s.length / 2)]! : Number.NaN
}

async function soak(g: Gallery, minutes: number) {
  const shop = await prepareShop(g)
  const { category, product } = await firstHandles(g)
  const pages = ["/", `/kategori/${category}/`, `/en/produk/${product}/`, "/cari?q=batik", "/en/cari?q=rattan+chair"]
  const end = Date.now() + minutes * 60_000
  const counts = { pages: 0, pageErrors: 0, orders: 0, refused: 0 }
  let firstError = ""
  const samples: { at: number; rss: Record<string, number> }[] = []
  const started = Date.now()
  const sampler = setInterval(() => {
    const rss: Record<string, number> = {}
    for (const p of g.processes()) {
      const mb = rssMb(p.pid)
      if (mb !== null) rss[p.role] = mb
    }
    samples.push({ at: Date.now() - started, rss })
  }, 10_000)
  let progress = 0
  const reporter = setInterval(() => {
    progress++
    say(
      `soak: ${progress} min of ${minutes}: ${counts.pages} pages, ${counts.orders} orders, ${counts.pageErrors + counts.refused} errors`,
    )
  }, 60_000)
  const browse = async (b: number) => {
    for (let i = b; Date.now() < end; i++) {
      const res = await fetch(`${g.storefrontUrl}${pages[i % pages.length]}`).catch(() => null)
      counts.pages++
      if (res?.status !== 200) {
        counts.pageErrors++
        firstError ||= `${pages[i % pages.length]}: ${res?.status ?? "no answer"}`
      }
      await res?.arrayBuffer()
    }
  }
  const buy = async (b: number) => {
    for (let i = 0; Date.now() < end; i++) {
      const r = await guestCheckout(shop.api, {
        regionId: shop.regionId,
        variantId: shop.variantId,
        email: `soak-${b}-${i}@bench.test`,
      })
      if ("order" in r) counts.orders++
      else {
        counts.refused++
        firstError ||= r.refused.slice(0, 200)
      }
    }
  }
  await Promise.all([...[0, 1, 2, 3].map(browse), ...[0, 1].map(buy)])
  clearInterval(sampler)
  clearInterval(reporter)
  const warm = Math.max(60_000, (minutes * 60_000) / 5)
  const total = minutes * 60_000
  const roles = [...new Set(samples.flatMap((s) => Object.keys(s.rss)))]
  const rows = roles.map((role) => {
    const window = (from: number, to: number) =>
      samples.filter((s) => s.at >= from && s.at < to && s.rss[role] !== undefined).map((s) => s.rss[role]!)
    const after = median(window(warm, warm + 60_000))
    const last = median(window(total - 60_000, total + 10_000))
    const growth = (last / after - 1) * 100
    return { role, after, last, growth, peak: Math.max(...window(0, total + 10_000)) }
  })
  return { counts, firstError, rows }
}

export async function benchSoak() {
  await buildContent()
  const minutes = Number(process.env.SOAK_MINUTES ?? 15)
  const work = join(tmpdir(), `galeri-bench-soak-${process.pid}`)
  const base = process.env.GALERI_PRODUCTION_PG ?? "postgres://postgres@127.0.0.1:5432"
  const dbName = `galeri_soak_${process.pid}`
  const production = await ensureDatabaseExists(base, dbName).then(
    () => true,
    () => false,
  )
  const redis: OwnRedis | null = production
    ? await startOwnRedis(process.env.REDIS_SERVER ?? "/usr/bin/redis-server", join(work, "redis")).catch(() => null)
    : null
  const embeddedDb = redis ? null : await startEmbeddedPostgres(join(work, "pg"), false)
  let gallery: Gallery | null = null
  try {
    if (embeddedDb) await ensureDatabaseExists(embeddedDb.url, "galeri_soak")
    say(
      redis
        ? "soak: production mode (server, worker, Redis) ..."
        : "soak: the embedded gallery (no PostgreSQL and Redis for production mode) ...",
    )
    gallery = await launch({
      mode: redis ? "production" : "embedded",
      split: Boolean(redis),
      databaseUrl: redis ? `${base}/${dbName}` : `${embeddedDb!.url}/galeri_soak`,
      uploads: join(work, "uploads"),
      backendPort: await freePort(19700),
      storefrontPort: await freePort(15000),
      log: join(work, "servers.log"),
      workerLog: join(work, "worker.log"),
      createStaff: true,
      freshDatabase: true,
      backendEnv: redis
        ? {
            REDIS_URL: redis.url,
            JWT_SECRET: "soak-bench-jwt-secret-0123456789abcdef",
            COOKIE_SECRET: "soak-bench-cookie-secret-0123456789ab",
            GALERI_DEMO_CATALOG: "1",
            LOG_LEVEL: "error",
          }
        : {},
    })
    say(`soak: ${minutes} min of mixed traffic (4 browsing, 2 checking out) ...`)
    const r = await soak(gallery, minutes)
    const date = new Date().toISOString().slice(0, 10)
    process.stdout.write(
      [
        "",
        `Soak, ${date}, ${minutes} min, ${redis ? "production mode" : "embedded mode"}, 2 cores: ${r.counts.pages} pages, ${r.counts.orders} orders, ${r.counts.pageErrors} page errors, ${r.counts.refused} refused checkouts${r.firstError ? ` (first: ${r.firstError})` : ""}`,
        "",
        "| process | RSS after warm-up MB | RSS at the end MB | growth | peak MB | flat (< 10%) |",
        "|---|---|---|---|---|---|",
        ...r.rows.map(
          (x) =>
            `| ${x.role} | ${x.after.toFixed(0)} | ${x.last.toFixed(0)} | ${x.growth.toFixed(1)}% | ${x.peak.toFixed(0)} | ${x.growth < 10 ? "yes" : "NO"} |`,
        ),
        "",
      ].join("\n"),
    )
  } finally {
    await gallery?.stop()
    await redis?.stop()
    await embeddedDb?.stop()
    if (redis) {
      const client = new pg.Client({ connectionString: `${base}/postgres` })
      await client.connect()
      await client.query(`drop database if exists "${dbName}" with (force)`).finally(() => client.end())
    }
  }
}
