/**
 * Faults with buyers in flight (the production suite of ./gallery test, loopback only, bounded in
 * time): the database away, Redis restarted, the worker killed, the search provider failing. Four
 * buyers loop guest checkouts and one overseas buyer loops export inquiries through the Store API
 * the whole time, trying a step again only after an answer a client may retry (503 with
 * Retry-After, 429, a dropped connection). After each fault:
 * - no buyer got a 500 or another answer it could not retry, and every checkout ended in an order;
 * - every order a buyer was given is stored, once (one order per buyer, none lost, none doubled);
 * - the events of every order (order.placed) reached the worker's subscriber: each order is in the
 *   office's sales read model (at least once; recording twice gives the same row);
 * - every inquiry a buyer was given a reference for is stored once, and its buyer's receipt was
 *   sent exactly once (the event delivered at least once, the notification applied once);
 * - the server answers /ready without having been restarted.
 */
import { spawn } from "node:child_process"
import { mkdirSync } from "node:fs"
import { createConnection } from "node:net"
import pg from "pg"
import { type Checkout, exportInquiry, guestCheckout, type Inquiry } from "../../storefront/e2e/journey.ts"
import { freePort, say } from "./common.mts"
import type { Gallery } from "./launch.mts"
import { firstHandles, prepareShop, type Shop, storeHeaders } from "./shop.mts"

/** A Redis of the suite's own that keeps its data on disk (append-only file, fsync on every write), so it can be restarted. */
export type OwnRedis = { url: string; restart: (downMs: number) => Promise<void>; stop: () => Promise<void> }

const ping = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port })
    socket.setTimeout(1_000, () => {
      socket.destroy()
      resolve(false)
    })
    socket.on("error", () => resolve(false))
    socket.on("connect", () => socket.write("PING\r\n"))
    socket.on("data", (d) => {
      socket.end()
      resolve(d.toString().includes("PONG"))
    })
  })

export async function startOwnRedis(binary: string, dir: string): Promise<OwnRedis> {
  mkdirSync(dir, { recursive: true })
  const port = await freePort(16390)
  const args = ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", ""]
  const persist = ["--appendonly", "yes", "--appendfsync", "always"]
  let child = spawn(binary, [...args, ...persist], { stdio: "ignore" })
  const up = async () => {
    for (let i = 0; i < 100 && !(await ping(port)); i++) await new Promise((r) => setTimeout(r, 100))
    if (!(await ping(port))) throw new Error(`redis-server on port ${port} did not start`)
  }
  await up()
  const down = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      child.once("exit", () => resolve())
      // SIGTERM: Redis flushes its append-only file and exits, as a service restart does
      child.kill("SIGTERM")
    })
  return {
    url: `redis://127.0.0.1:${port}/0`,
    restart: async (downMs) => {
      await down()
      await new Promise((r) => setTimeout(r, downMs))
      child = spawn(binary, [...args, ...persist], { stdio: "ignore" })
      await up()
    },
    stop: down,
  }
}

/** Buyers loop checkouts until told to stop; each checkout retries retryable answers for up to 90 s. */
function buyers(shop: Shop, name: string, count = 4) {
  let stopping = false
  const results: { email: string; result: Checkout }[] = []
  const loops = Array.from({ length: count }, async (_, b) => {
    for (let i = 0; !stopping; i++) {
      const email = `fault-${name}-${b}-${i}@faults.test`
      const result = await guestCheckout(
        shop.api,
        { regionId: shop.regionId, variantId: shop.variantId, email },
        { retryUntil: Date.now() + 90_000 },
      )
      results.push({ email, result })
    }
  })
  return {
    stop: async () => {
      stopping = true
      await Promise.all(loops)
      return results
    },
  }
}

/** Overseas buyers loop export inquiries, each from its own address, each retried unchanged (its form id) for up to 90 s. */
function inquirers(shop: Shop, name: string, count = 1) {
  let stopping = false
  const results: { email: string; result: Inquiry }[] = []
  const loops = Array.from({ length: count }, async (_, b) => {
    for (let i = 0; !stopping; i++) {
      const email = `inq-${name}-${b}-${i}@faults.test`
      const result = await exportInquiry(
        shop.api,
        {
          productId: shop.productId,
          email,
          submissionId: `fault-${name}-${b}-${i}-${Date.now()}`,
          ip: `10.${b + 1}.${(i >> 8) & 255}.${i & 255}`,
        },
        { retryUntil: Date.now() + 90_000 },
      )
      results.push({ email, result })
      await new Promise((r) => setTimeout(r, 200))
    }
  })
  return {
    stop: async () => {
      stopping = true
      await Promise.all(loops)
      return results
    },
  }
}

async function until(what: string, ms: number, check: () => Promise<boolean>) {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    if (await check()) return
    await new Promise((r) => setTimeout(r, 1_000))
  }
  throw new Error(`${what} did not happen within ${ms / 1000} s`)
}

/** One fault under load, and everything checked after it. Throws what went wrong. */
async function underLoad(
  g: Gallery,
  shop: Shop,
  databaseUrl: string,
  name: string,
  fault: () => Promise<void>,
): Promise<string> {
  const load = buyers(shop, name)
  const asks = inquirers(shop, name)
  await new Promise((r) => setTimeout(r, 3_000))
  await fault()
  await new Promise((r) => setTimeout(r, 3_000))
  const results = await load.stop()
  const inquiries = await asks.stop()
  const orders = results.flatMap((r) => ("order" in r.result ? [r.result.order] : []))
  const refused = results.filter((r) => "refused" in r.result)
  const unretryable = [...results, ...inquiries].flatMap((r) =>
    r.result.errors.filter((s) => s >= 500 && s !== 502 && s !== 503),
  )
  const retried = [...results, ...inquiries].reduce((n, r) => n + r.result.errors.length, 0)
  const given = inquiries.flatMap((r) => ("reference" in r.result ? [{ email: r.email, ...r.result }] : []))
  const unsent = inquiries.filter((r) => "refused" in r.result)
  if (unsent.length)
    throw new Error(
      `${unsent.length} inquiry(ies) were refused: ${unsent
        .map((r) => ("refused" in r.result ? r.result.refused : ""))
        .slice(0, 2)
        .join(" | ")}`,
    )
  if (!given.length) throw new Error("no inquiry was accepted")
  if (unretryable.length)
    throw new Error(`buyers got ${unretryable.length} answer(s) they could not retry: ${unretryable.join(", ")}`)
  if (refused.length)
    throw new Error(
      `${refused.length} checkout(s) did not end in an order: ${refused
        .map((r) => ("refused" in r.result ? r.result.refused : ""))
        .slice(0, 2)
        .join(" | ")}`,
    )
  if (!orders.length) throw new Error("no buyer completed a checkout")
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const stored = (
      await client.query(`select id, email from "order" where email like $1 and deleted_at is null`, [
        `fault-${name}-%`,
      ])
    ).rows as { id: string; email: string }[]
    const byEmail = new Map<string, number>()
    for (const o of stored) byEmail.set(o.email, (byEmail.get(o.email) ?? 0) + 1)
    const doubled = [...byEmail].filter(([, n]) => n > 1)
    const lost = orders.filter((id) => !stored.some((o) => o.id === id))
    if (doubled.length) throw new Error(`${doubled.length} buyer(s) have more than one order: ${doubled[0]![0]}`)
    if (lost.length) throw new Error(`${lost.length} order(s) given to buyers are not stored: ${lost[0]}`)
    if (stored.length !== orders.length)
      throw new Error(`${stored.length} orders stored for ${orders.length} given to buyers`)
    // the worker's subscriber records every order in the office's sales read model
    const recorded = async () =>
      Number(
        (
          await client.query(
            "select count(distinct order_id)::int as n from office_order_sale where order_id = any($1)",
            [orders],
          )
        ).rows[0].n,
      )
    await until(
      `every order's events reaching the worker (${orders.length} orders)`,
      120_000,
      async () => (await recorded()) === orders.length,
    )
    // every inquiry given a reference is stored, once per buyer
    const asked = (
      await client.query(
        "select reference, buyer_email from export_inquiry where buyer_email like $1 and deleted_at is null",
        [`inq-${name}-%`],
      )
    ).rows as { reference: string; buyer_email: string }[]
    const missing = given.filter((i) => !asked.some((a) => a.reference === i.reference && a.buyer_email === i.email))
    if (missing.length)
      throw new Error(`${missing.length} inquiry(ies) given to buyers are not stored: ${missing[0]!.reference}`)
    if (asked.length !== given.length)
      throw new Error(`${asked.length} inquiries stored for ${given.length} given to buyers`)
    // and each buyer's receipt went out exactly once, through the worker
    const receipts = async () =>
      (
        await client.query(
          `select "to", count(*)::int as n from notification
           where template = 'export-inquiry-buyer-receipt' and "to" = any($1) group by "to"`,
          [given.map((i) => i.email)],
        )
      ).rows as { to: string; n: number }[]
    await until(`every inquiry's receipt being sent (${given.length} inquiries)`, 120_000, async () => {
      const rows = await receipts()
      const twice = rows.find((r) => r.n > 1)
      if (twice) throw new Error(`the receipt to ${twice.to} was sent ${twice.n} times`)
      return rows.length === given.length
    })
  } finally {
    await client.end()
  }
  const ready = await fetch(`${g.backendUrl}/ready`)
  if (ready.status !== 200) throw new Error(`/ready answered ${ready.status} after the fault`)
  return `${orders.length} orders and ${given.length} inquiries, each stored once and seen by the worker (sales recorded, one receipt each); ${retried} answer(s) retried, none a 500`
}

/** The database closed for `ms`: every connection cut, new ones refused (what clients see of a restart). */
async function databaseAway(databaseUrl: string, ms: number) {
  const name = new URL(databaseUrl).pathname.slice(1)
  const admin = new pg.Client({ connectionString: databaseUrl.replace(/\/[^/]*$/, "/postgres") })
  await admin.connect()
  try {
    await admin.query(`alter database "${name}" allow_connections false`)
    await admin.query(
      "select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()",
      [name],
    )
    await new Promise((r) => setTimeout(r, ms))
  } finally {
    await admin.query(`alter database "${name}" allow_connections true`).finally(() => admin.end())
  }
}

/**
 * The search provider failing for `ms` (its index tables moved away: every search query fails) while
 * a buyer browses: category and product pages answer 200 throughout, the search page answers 503
 * with the sentence that points to the categories, Medusa's search 503 (not 500); after, search
 * finds products again.
 */
async function searchAway(g: Gallery, databaseUrl: string, ms: number) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  const store = storeHeaders(g)
  const { category, product } = await firstHandles(g)
  const page = async (path: string) => {
    const res = await fetch(`${g.storefrontUrl}${path}`)
    return { status: res.status, text: await res.text() }
  }
  const searchPage = () => page("/en/cari?q=rotan")
  const medusaSearch = async () =>
    (
      await fetch(`${g.backendUrl}/store/search`, {
        method: "POST",
        headers: { ...store, "content-type": "application/json" },
        body: JSON.stringify({ entity: "product", filters: { q: "rotan" }, pagination: { take: 3 } }),
      })
    ).status
  if ((await searchPage()).status !== 200) throw new Error("search did not work before the fault")
  const tables = (
    await client.query(
      "select tablename from pg_tables where schemaname = 'public' and tablename like 'search\\_pg\\_%'",
    )
  ).rows.map((r: { tablename: string }) => r.tablename as string)
  if (!tables.length) throw new Error("no search index tables found")
  const problems: string[] = []
  try {
    for (const t of tables) await client.query(`alter table "${t}" rename to "${t}__away"`)
    const deadline = Date.now() + ms
    while (Date.now() < deadline) {
      for (const path of [`/en/kategori/${category}/`, `/en/produk/${product}/`, "/"]) {
        const r = await page(path)
        if (r.status !== 200) problems.push(`${path} answered ${r.status} while search was down`)
      }
      const s = await searchPage()
      if (s.status !== 503 || !s.text.includes("Search is not available right now"))
        problems.push(`the search page answered ${s.status} without saying search is unavailable`)
      const m = await medusaSearch()
      if (m !== 503) problems.push(`Medusa's search answered ${m}, not 503`)
      await new Promise((r) => setTimeout(r, 1_000))
    }
  } finally {
    for (const t of tables) await client.query(`alter table if exists "${t}__away" rename to "${t}"`)
    await client.end()
  }
  if (problems.length) throw new Error([...new Set(problems)].slice(0, 3).join("; "))
  const after = await searchPage()
  if (after.status !== 200 || !after.text.includes("/produk/"))
    throw new Error("search did not find products again after the fault")
}

/** Every fault, each its own test. */
export async function faultTests(
  g: Gallery,
  databaseUrl: string,
  redis: OwnRedis | null,
): Promise<{ passed: number; failed: number }> {
  const tally = { passed: 0, failed: 0 }
  let shop: Shop
  try {
    shop = await prepareShop(g)
  } catch (error) {
    say(`  FAIL faults: could not prepare the shop: ${error instanceof Error ? error.message : String(error)}`)
    return { passed: 0, failed: 1 }
  }
  const faults: [string, string, (() => Promise<void>) | null][] = [
    [
      "database",
      "the database away for 8 s (connections cut, new ones refused)",
      () => databaseAway(databaseUrl, 8_000),
    ],
    ["redis", "Redis restarted (down 3 s, its append-only file kept)", redis ? () => redis.restart(3_000) : null],
    [
      "worker",
      "the worker killed (SIGKILL) and started again 5 s later",
      g.worker
        ? async () => {
            await g.worker!.kill()
            await new Promise((r) => setTimeout(r, 5_000))
            await g.worker!.start()
          }
        : null,
    ],
    ["search", "the search provider failing for 8 s while a buyer browses", () => searchAway(g, databaseUrl, 8_000)],
  ]
  for (const [name, what, fault] of faults) {
    if (!fault) {
      say(
        `  skip fault: ${what}: needs ${name === "redis" ? "Debian's redis-server (a Redis of the suite's own)" : "Medusa split into a server and a worker"}`,
      )
      continue
    }
    say(`fault: ${what}, with 4 buyers checking out and 1 sending export inquiries ...`)
    try {
      const figures = await underLoad(g, shop, databaseUrl, name, fault)
      say(`  ok   fault ${name}: ${figures}`)
      tally.passed++
    } catch (error) {
      say(`  FAIL fault ${name}: ${error instanceof Error ? error.message : String(error)}`)
      tally.failed++
    }
  }
  return tally
}
