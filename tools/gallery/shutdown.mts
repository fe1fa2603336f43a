/**
 * Graceful shutdown, as a deploy or a scale-down does it (the production suite of ./gallery test,
 * after the faults): each process gets SIGTERM while it has work in hand.
 * - Medusa's server, with six guests' carts being completed at that moment: every request it had
 *   received is answered (six orders, each stored), it exits 0 without being killed, new
 *   connections are refused while it is down (a client may retry), and it serves again once started.
 * - The worker, right after orders whose events it is handling: it exits 0; the orders placed while
 *   no worker runs wait in Redis; the next worker delivers every one of them, each once.
 * - The storefront's server, with pages being rendered: each answered 200, exit 0.
 */
import pg from "pg"
import { type Checkout, guestCheckout } from "../../storefront/e2e/journey.ts"
import { say } from "./common.mts"
import type { Exit, Gallery } from "./launch.mts"
import { firstHandles, prepareShop, type Shop } from "./shop.mts"

/** Longest a process may take to finish its work and exit after SIGTERM. */
const SHUTDOWN_BUDGET_MS = 30_000

const exitedCleanly = (who: string, exit: Exit) => {
  if (exit.signal) throw new Error(`${who} was ended by ${exit.signal}, not by itself`)
  if (exit.code !== 0) throw new Error(`${who} exited with code ${exit.code}`)
  if (exit.ms > SHUTDOWN_BUDGET_MS) throw new Error(`${who} took ${exit.ms} ms to stop (budget ${SHUTDOWN_BUDGET_MS})`)
}

const orders = (results: Checkout[]) => results.flatMap((r) => ("order" in r ? [r.order] : []))

async function recordedOnce(databaseUrl: string, ids: string[], ms: number): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const deadline = Date.now() + ms
    for (;;) {
      const rows = (
        await client.query(
          // each checkout buys one line: one row of the sales read model per order
          "select order_id, count(*)::int as n from office_order_sale where order_id = any($1) group by order_id",
          [ids],
        )
      ).rows as { order_id: string; n: number }[]
      const doubled = rows.find((r) => r.n > 1)
      if (doubled) throw new Error(`order ${doubled.order_id} was recorded ${doubled.n} times`)
      if (rows.length === ids.length) return
      if (Date.now() > deadline)
        throw new Error(`${ids.length - rows.length} of ${ids.length} orders' events never reached a worker`)
      await new Promise((r) => setTimeout(r, 1_000))
    }
  } finally {
    await client.end()
  }
}

/** SIGTERM to the server while six carts are being completed. */
async function serverUnderWork(g: Gallery, shop: Shop, databaseUrl: string): Promise<string> {
  const buyers = 6
  let waiting = 0
  let release!: () => void
  const allReady = new Promise<void>((r) => {
    release = r
  })
  // every buyer stops before completing; when all six are there, they complete at once
  const barrier = async () => {
    waiting++
    if (waiting === buyers) release()
    await allReady
  }
  const runs = Array.from({ length: buyers }, (_, i) =>
    guestCheckout(
      shop.api,
      { regionId: shop.regionId, variantId: shop.variantId, email: `shutdown-server-${i}@shutdown.test` },
      { beforeComplete: barrier },
    ),
  )
  await allReady
  // the six complete requests are on the wire: give them a moment to reach the server
  await new Promise((r) => setTimeout(r, 150))
  const exit = await g.server.kill("SIGTERM")
  const results = await Promise.all(runs)
  exitedCleanly("Medusa's server", exit)
  const refused = results.filter((r) => "refused" in r)
  if (refused.length)
    throw new Error(
      `${refused.length} request(s) in flight at SIGTERM were not answered: ${"refused" in refused[0]! ? refused[0].refused : ""}`,
    )
  const given = orders(results)
  // while it is down, a client is refused at the connection: something it may retry, not an error page
  const down = await fetch(`${g.backendUrl}/health`).then(
    (r) => r.status,
    () => 0,
  )
  if (down !== 0) throw new Error(`the stopped server still answered (${down})`)
  await g.server.start()
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const stored = (
      await client.query(`select id from "order" where email like 'shutdown-server-%' and deleted_at is null`)
    ).rows as { id: string }[]
    if (stored.length !== given.length || given.some((id) => !stored.some((s) => s.id === id)))
      throw new Error(`${stored.length} orders stored for ${given.length} answered`)
  } finally {
    await client.end()
  }
  await recordedOnce(databaseUrl, given, 60_000)
  const ready = await fetch(`${g.backendUrl}/ready`)
  if (ready.status !== 200) throw new Error(`/ready answered ${ready.status} after the restart`)
  return `${given.length} checkouts in flight all answered with their orders; exit 0 after ${exit.ms} ms; serving again after a start`
}

/** SIGTERM to the worker right after orders, more orders while none runs, then a new worker. */
async function workerWithEvents(g: Gallery, shop: Shop, databaseUrl: string): Promise<string> {
  const worker = g.worker!
  const buy = (label: string, n: number) =>
    Promise.all(
      Array.from({ length: n }, (_, i) =>
        guestCheckout(
          shop.api,
          { regionId: shop.regionId, variantId: shop.variantId, email: `shutdown-worker-${label}-${i}@shutdown.test` },
          { retryUntil: Date.now() + 60_000 },
        ),
      ),
    )
  const before = await buy("before", 3)
  // their order.placed events are being handled as the signal comes
  const exit = await worker.kill("SIGTERM")
  exitedCleanly("the worker", exit)
  const during = await buy("during", 3)
  const all = [...before, ...during]
  if (all.some((r) => "refused" in r)) throw new Error("a checkout failed while the worker was stopped")
  await worker.start()
  await recordedOnce(databaseUrl, orders(all), 90_000)
  return `exit 0 after ${exit.ms} ms; ${orders(during).length} orders placed with no worker running, all ${orders(all).length} recorded once by the next worker`
}

/** SIGTERM to the storefront while pages are being rendered. */
async function storefrontUnderWork(g: Gallery): Promise<string> {
  const { category, product } = await firstHandles(g)
  const paths = ["/", `/kategori/${category}/`, `/en/produk/${product}/`, "/cari?q=batik"]
  const pages = Array.from({ length: 8 }, (_, i) =>
    fetch(`${g.storefrontUrl}${paths[i % paths.length]}`).then(
      async (r) => ({ status: r.status, bytes: (await r.text()).length }),
      (error) => ({ status: 0, bytes: 0, error: String(error) }),
    ),
  )
  // the eight requests received and being rendered (a connection not yet accepted is refused, which a client retries)
  await new Promise((r) => setTimeout(r, 300))
  const exit = await g.storefront.kill("SIGTERM")
  const answered = await Promise.all(pages)
  exitedCleanly("the storefront", exit)
  const bad = answered.filter((p) => p.status !== 200 || p.bytes === 0)
  if (bad.length)
    throw new Error(
      `${bad.length} of ${answered.length} pages in flight were not answered in full (${JSON.stringify(bad[0])})`,
    )
  await g.storefront.start()
  return `${answered.length} pages in flight answered in full; exit 0 after ${exit.ms} ms`
}

export async function shutdownTests(g: Gallery, databaseUrl: string): Promise<{ passed: number; failed: number }> {
  const tally = { passed: 0, failed: 0 }
  let shop: Shop
  try {
    shop = await prepareShop(g)
  } catch (error) {
    say(`  FAIL shutdown: could not prepare the shop: ${error instanceof Error ? error.message : String(error)}`)
    return { passed: 0, failed: 1 }
  }
  const cases: [string, (() => Promise<string>) | null][] = [
    ["the server", () => serverUnderWork(g, shop, databaseUrl)],
    ["the worker", g.worker ? () => workerWithEvents(g, shop, databaseUrl) : null],
    ["the storefront", () => storefrontUnderWork(g)],
  ]
  for (const [who, check] of cases) {
    if (!check) {
      say(`  skip shutdown of ${who}: needs Medusa split into a server and a worker`)
      continue
    }
    say(`graceful shutdown: SIGTERM to ${who} with work in hand ...`)
    try {
      say(`  ok   shutdown of ${who}: ${await check()}`)
      tally.passed++
    } catch (error) {
      say(`  FAIL shutdown of ${who}: ${error instanceof Error ? error.message : String(error)}`)
      tally.failed++
    }
  }
  return tally
}
