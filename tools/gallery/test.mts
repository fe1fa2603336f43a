/** `./gallery test`: every tier, ending with "N passed, N failed". */
import { spawn } from "node:child_process"
import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs"
import { createConnection } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import pg from "pg"
import { backupDatabase, restoreDatabase } from "./backup.mts"
import { buildContent } from "./build.mts"
import { COMMERCE, CONTENT, DEMO_STAFF, freePort, ROOT, run, SEARCH, STOREFRONT, say } from "./common.mts"
import { type Database, ensureDatabaseExists, startEmbeddedPostgres } from "./database.mts"
import { faultTests, startOwnRedis } from "./faults.mts"
import { type Gallery, launch } from "./launch.mts"
import { getJson, staffHeaders, storeHeaders } from "./shop.mts"
import { shutdownTests } from "./shutdown.mts"

// ---------------------------------------------------------------- test

export type Tally = { name: string; passed: number; failed: number; ok: boolean }

export async function vitest(name: string, cwd: string): Promise<Tally> {
  const out = join(tmpdir(), `galeri-vitest-${name}-${process.pid}.json`)
  const code = await run(
    "pnpm",
    ["exec", "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${out}`],
    { cwd },
  )
  if (!existsSync(out)) return { name, passed: 0, failed: 1, ok: false }
  const report = JSON.parse(readFileSync(out, "utf8")) as { numPassedTests: number; numFailedTests: number }
  rmSync(out, { force: true })
  return {
    name,
    passed: report.numPassedTests,
    failed: report.numFailedTests + (code !== 0 && !report.numFailedTests ? 1 : 0),
    ok: code === 0,
  }
}

/** Runs Jest, echoing its output, and reads its "Tests: ..." summary (its --json output chokes on HTTP errors). */
export function jest(name: string, testType: string, env: NodeJS.ProcessEnv): Promise<Tally> {
  return new Promise((resolve) => {
    const child = spawn("pnpm", ["exec", "jest", "--runInBand", "--forceExit", "--passWithNoTests"], {
      cwd: COMMERCE,
      env: {
        ...process.env,
        ...env,
        TEST_TYPE: testType,
        NODE_OPTIONS: "--experimental-vm-modules",
        MEDUSA_DISABLE_TELEMETRY: "true",
      },
      stdio: ["ignore", "inherit", "pipe"],
    })
    let tail = ""
    child.stderr.on("data", (chunk: Buffer) => {
      process.stderr.write(chunk)
      tail = (tail + chunk.toString()).slice(-20_000)
    })
    child.on("close", (code) => {
      const summary = tail.match(/^Tests:\s+(.*)$/m)?.[1] ?? ""
      const count = (word: string) => Number(summary.match(new RegExp(`(\\d+) ${word}`))?.[1] ?? 0)
      const passed = count("passed")
      const failed = count("failed") + (code !== 0 && !count("failed") ? 1 : 0)
      resolve({ name, passed, failed, ok: code === 0 })
    })
  })
}

/** Finds a program from Debian's packages; installs the package when running as root (as CI does), else says how. */
export async function debianTool(path: string, packages: string[], purpose: string): Promise<string | null> {
  if (existsSync(path)) return path
  if (process.getuid?.() === 0) {
    say(`installing Debian's ${packages.join(" ")} for ${purpose} (apt-get) ...`)
    await run("apt-get", ["update", "-qq"], { cwd: ROOT, quiet: true })
    await run("apt-get", ["install", "-y", "-qq", ...packages], {
      cwd: ROOT,
      quiet: true,
      env: { DEBIAN_FRONTEND: "noninteractive" },
    })
    if (existsSync(path)) return path
  }
  say(`${path} was not found: install it (sudo apt-get install ${packages.join(" ")}), then run the tests again.`)
  return null
}

/** Debian's Chromium for the browser tests (CHROMIUM_PATH to use another). */
export const chromium = () =>
  debianTool(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", ["chromium"], "the browser tests")

/** Starts a whole gallery on a fresh database of the test PostgreSQL and runs the Playwright tests against it. */
export type SuiteOptions = {
  name: string
  /** postgres://user:pass@host:port, where the suite's throwaway database is made and dropped */
  base: string
  mode: "embedded" | "production"
  split?: boolean
  /** spec files (default: every spec) */
  specs?: string[]
  backendEnv: NodeJS.ProcessEnv
  storefrontEnv: NodeJS.ProcessEnv
  /** Checks run after the specs against the same gallery and database (the backup test); each a test in the tally. */
  after?: (ctx: AfterSpecs) => Promise<{ passed: number; failed: number }>
}

export type AfterSpecs = {
  gallery: Gallery
  databaseUrl: string
  work: string
  /** Starts the gallery again on the same database, as restored from a backup (not migrated or seeded). */
  relaunch: () => Promise<Gallery>
}

/** A whole gallery on a fresh database, the Chromium specs against it, the database dropped after. */
export async function browserSuite(o: SuiteOptions): Promise<Tally> {
  const browser = await chromium()
  if (!browser) return { name: o.name, passed: 0, failed: 1, ok: false }
  const nginx = await debianTool("/usr/sbin/nginx", ["nginx-light", "openssl"], "the reverse-proxy tests")
  const dbName = `galeri_${o.mode === "production" ? "prod" : "e2e"}_${process.pid}`
  await ensureDatabaseExists(o.base, dbName)
  const work = join(tmpdir(), `galeri-${o.mode}-${process.pid}`)
  mkdirSync(work, { recursive: true })
  const log = join(work, "servers.log")
  const workerLog = join(work, "worker.log")
  let gallery: Gallery | null = null
  try {
    const options = {
      mode: o.mode,
      split: o.split,
      databaseUrl: `${o.base}/${dbName}`,
      uploads: join(work, "uploads"),
      backendPort: await freePort(o.mode === "production" ? 19500 : 19000),
      storefrontPort: await freePort(o.mode === "production" ? 14800 : 14321),
      log,
      workerLog,
      // a staff account: the inquiry test answers the buyer through the admin API
      createStaff: true,
      freshDatabase: true,
      backendEnv: o.backendEnv,
      storefrontEnv: o.storefrontEnv,
    }
    gallery = await launch(options)
    const report = join(work, "playwright.json")
    const code = await run(
      "pnpm",
      [
        "exec",
        "playwright",
        "test",
        "--config",
        "e2e/playwright.config.ts",
        "--reporter=list,json",
        ...(o.specs ?? []),
      ],
      {
        cwd: STOREFRONT,
        env: {
          PLAYWRIGHT_JSON_OUTPUT_NAME: report,
          STOREFRONT_URL: gallery.storefrontUrl,
          MEDUSA_URL: gallery.backendUrl,
          MEDUSA_WORKER_URL: gallery.workerUrl ?? "",
          MEDUSA_PUBLISHABLE_KEY: gallery.publishableKey,
          GALLERY_MODE: o.mode,
          MEDUSA_SERVER_LOG: log,
          MEDUSA_WORKER_LOG: o.split ? workerLog : "",
          STAFF_EMAIL: DEMO_STAFF.email,
          STAFF_PASSWORD: DEMO_STAFF.password,
          CHROMIUM_PATH: browser,
          // the reverse-proxy tests (TLS in front of the storefront and Medusa); they fail saying how to install it
          NGINX_PATH: nginx ?? "",
        },
      },
    )
    if (!existsSync(report)) return { name: o.name, passed: 0, failed: 1, ok: false }
    const { stats } = JSON.parse(readFileSync(report, "utf8")) as {
      stats: { expected: number; unexpected: number; flaky: number }
    }
    if (code !== 0) say(`${o.name} tests failed; the servers' log is ${log}${o.split ? ` (worker: ${workerLog})` : ""}`)
    const after = o.after
      ? await o.after({
          gallery,
          databaseUrl: options.databaseUrl,
          work,
          relaunch: async () => {
            gallery = await launch({ ...options, createStaff: false, freshDatabase: false, restored: true })
            return gallery
          },
        })
      : { passed: 0, failed: 0 }
    return {
      name: o.name,
      passed: stats.expected + after.passed,
      failed: stats.unexpected + stats.flaky + (code !== 0 && !stats.unexpected ? 1 : 0) + after.failed,
      ok: code === 0 && after.failed === 0,
    }
  } catch (error) {
    say(`${o.name} tests could not run: ${error instanceof Error ? error.message : String(error)} (server log: ${log})`)
    return { name: o.name, passed: 0, failed: 1, ok: false }
  } finally {
    await gallery?.stop()
    const client = new pg.Client({ connectionString: `${o.base}/postgres` })
    await client.connect().then(
      () => client.query(`drop database if exists "${dbName}" with (force)`).finally(() => client.end()),
      () => undefined,
    )
  }
}

// Stripe on, with keys that can never reach Stripe (this machine has no route there): the tests
// check everything up to that boundary, and that a failing card payment leaves bank transfer working.
const OFFLINE_STRIPE = { STRIPE_API_KEY: "sk_test_galeri_offline", STRIPE_WEBHOOK_SECRET: "whsec_galeri_offline" }

export async function browserTests(dbEnv: NodeJS.ProcessEnv): Promise<Tally> {
  const host = dbEnv.DB_HOST ?? process.env.DB_HOST ?? "localhost"
  const port = dbEnv.DB_PORT ?? process.env.DB_PORT ?? "5432"
  const user = dbEnv.DB_USERNAME ?? process.env.DB_USERNAME ?? "postgres"
  const password = dbEnv.DB_PASSWORD ?? process.env.DB_PASSWORD ?? ""
  const base = `postgres://${encodeURIComponent(user)}${password ? `:${encodeURIComponent(password)}` : ""}@${host}:${port}`
  return browserSuite({
    name: "browser",
    base,
    mode: "embedded",
    backendEnv: OFFLINE_STRIPE,
    storefrontEnv: { STRIPE_PUBLISHABLE_KEY: "pk_test_galeri_offline" },
  })
}

/** Sends Redis commands over a plain socket (RESP inline); resolves with the replies, or null when Redis cannot be reached. */
function redisCommands(url: string, commands: string[]): Promise<string | null> {
  const { hostname, port, pathname } = new URL(url)
  const db = Number(pathname.slice(1) || 0)
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port || 6379) })
    let reply = ""
    const all = [`SELECT ${db}`, ...commands]
    socket.setTimeout(2_000, () => {
      socket.destroy()
      resolve(null)
    })
    socket.on("error", () => resolve(null))
    socket.on("connect", () => socket.write(`${all.join("\r\n")}\r\n`))
    socket.on("data", (chunk) => {
      reply += chunk.toString()
      if (reply.split("\r\n").filter(Boolean).length >= all.length) {
        socket.end()
        resolve(reply)
      }
    })
  })
}

/** What buyers and staff see of a gallery's data: every published product and every order. */
async function galleryContents(g: Gallery) {
  const store = storeHeaders(g)
  const get = (path: string, headers: Record<string, string>) => getJson(g, path, headers)
  const staff = await staffHeaders(g)
  const published = (await get("/store/products?limit=1&fields=handle&order=handle", store)) as {
    count: number
    products: { handle: string }[]
  }
  const products = (await get("/admin/products?limit=1000&fields=handle,status,*variants.prices", staff)) as {
    products: { handle: string; status: string; variants: { prices: { amount: number; currency_code: string }[] }[] }[]
  }
  const orders = (await get("/admin/orders?limit=1000&fields=display_id,email,total,currency_code,*items", staff)) as {
    orders: { display_id: number; email: string; total: number; currency_code: string; items: unknown[] }[]
  }
  return {
    published: [published.count, published.products[0]?.handle],
    products: products.products
      .map((p) => [
        p.handle,
        p.status,
        p.variants.flatMap((v) => v.prices.map((x) => `${x.amount} ${x.currency_code}`)).sort(),
      ])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    orders: orders.orders
      .map((o) => [o.display_id, o.email, o.total, o.currency_code, o.items.length])
      .sort((a, b) => Number(a[0]) - Number(b[0])),
  }
}

/**
 * Backup and restore as the README tells an operator: the gallery stopped, `./gallery backup`'s
 * dump of its database, the database dropped, `./gallery restore` into its place, the gallery
 * started again: it serves the same products (prices included) and the same orders.
 */
async function backupAndRestore(ctx: AfterSpecs): Promise<{ passed: number; failed: number }> {
  say("backup and restore: dump, drop, restore, start again ...")
  try {
    const before = await galleryContents(ctx.gallery)
    if (before.orders.length === 0 || before.products.length === 0)
      throw new Error("the specs left no orders or products to back up")
    await ctx.gallery.stop()
    const file = join(ctx.work, "galeri.dump")
    await backupDatabase(ctx.databaseUrl, file)
    const name = new URL(ctx.databaseUrl).pathname.slice(1)
    const admin = new pg.Client({ connectionString: ctx.databaseUrl.replace(/\/[^/]*$/, "/postgres") })
    await admin.connect()
    await admin.query(`drop database "${name}" with (force)`).finally(() => admin.end())
    await restoreDatabase(ctx.databaseUrl, file)
    const restarted = await ctx.relaunch()
    const after = await galleryContents(restarted)
    // and buyers see it: a published product's page on the storefront
    const handle = after.published[1]
    const page = await fetch(`${restarted.storefrontUrl}/en/produk/${handle}/`)
    if (page.status !== 200) throw new Error(`the restored gallery's product page answered ${page.status}`)
    const same = JSON.stringify(after) === JSON.stringify(before)
    say(
      same
        ? `  ok   backup and restore: ${before.products.length} products and ${before.orders.length} orders served again, unchanged`
        : `  FAIL backup and restore: the restored gallery differs (${after.products.length} products, ${after.orders.length} orders; before ${before.products.length} and ${before.orders.length})`,
    )
    return same ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 }
  } catch (error) {
    say(`  FAIL backup and restore: ${error instanceof Error ? error.message : String(error)}`)
    return { passed: 0, failed: 1 }
  }
}

/**
 * Production mode for real, when this machine has a PostgreSQL and a Redis (CI does: 127.0.0.1:5432
 * and :6379; GALERI_PRODUCTION_PG and GALERI_PRODUCTION_REDIS point elsewhere): the production build,
 * Medusa as a server and a worker sharing a Redis database of the suite's own (flushed before and
 * after), the storefront built for production, a fresh PostgreSQL database, and through them the
 * Chromium specs of a guest order and an export inquiry, the last pieces bought by 50 guests at once
 * (oversell.spec.ts), one request id across storefront and Medusa (operations.spec.ts), and production.spec.ts (readiness, the
 * scheduled jobs on the worker only, a curation approval that reaches search through the worker);
 * then the faults (faults.mts), graceful shutdown of each process (shutdown.mts), and a backup and
 * restore of its database (backupAndRestore). Skipped, saying so, where either
 * service is missing.
 */
export async function productionTests(): Promise<Tally> {
  const base = process.env.GALERI_PRODUCTION_PG ?? "postgres://postgres@127.0.0.1:5432"
  const machineRedis = process.env.GALERI_PRODUCTION_REDIS ?? "redis://127.0.0.1:6379/7"
  // a Redis of the suite's own, persisting to disk, when Debian's redis-server is installed: the
  // fault tests restart it; else the machine's Redis (a database of its own) and no Redis restart
  const redisServer = process.env.REDIS_SERVER ?? "/usr/bin/redis-server"
  const client = new pg.Client({ connectionString: `${base}/postgres`, connectionTimeoutMillis: 2_000 })
  const database = await client.connect().then(
    () => client.end().then(() => true),
    () => false,
  )
  const ownRedis =
    database && !process.env.GALERI_PRODUCTION_REDIS && existsSync(redisServer)
      ? await startOwnRedis(redisServer, join(tmpdir(), `galeri-redis-${process.pid}`)).catch((error) => {
          say(
            `could not start ${redisServer} (${error instanceof Error ? error.message : String(error)}); using ${machineRedis}`,
          )
          return null
        })
      : null
  const redisUrl = ownRedis?.url ?? machineRedis
  const redis = ownRedis !== null || ((await redisCommands(redisUrl, ["FLUSHDB"]))?.includes("+OK") ?? false)
  if (!database || !redis) {
    const missing = [database ? null : `PostgreSQL at ${base}`, redis ? null : `Redis at ${redisUrl}`].filter(Boolean)
    say(
      `production-mode suite skipped: no ${missing.join(" and no ")} (set GALERI_PRODUCTION_PG / GALERI_PRODUCTION_REDIS)`,
    )
    return { name: "production mode (skipped: no PostgreSQL and Redis)", passed: 0, failed: 0, ok: true }
  }
  try {
    return await browserSuite({
      name: "production mode",
      base,
      mode: "production",
      split: true,
      specs: [
        "e2e/buyer.spec.ts",
        "e2e/inquiry.spec.ts",
        "e2e/oversell.spec.ts",
        "e2e/operations.spec.ts",
        "e2e/production.spec.ts",
      ],
      backendEnv: {
        ...OFFLINE_STRIPE,
        REDIS_URL: redisUrl,
        JWT_SECRET: randomBytes(32).toString("hex"),
        COOKIE_SECRET: randomBytes(32).toString("hex"),
        // the specs shop the demo catalog; production loads it only when asked (seed-production.spec.ts shows the default)
        GALERI_DEMO_CATALOG: "1",
        // debug: the logs then show which process registers the scheduled jobs (production.spec.ts reads them)
        LOG_LEVEL: "debug",
      },
      storefrontEnv: { STRIPE_PUBLISHABLE_KEY: "pk_test_galeri_offline" },
      // faults with buyers in flight, then a backup and restore of what they left
      after: async (ctx) => {
        const faults = await faultTests(ctx.gallery, ctx.databaseUrl, ownRedis)
        const shutdown = await shutdownTests(ctx.gallery, ctx.databaseUrl)
        const backup = await backupAndRestore(ctx)
        return {
          passed: faults.passed + shutdown.passed + backup.passed,
          failed: faults.failed + shutdown.failed + backup.failed,
        }
      },
    })
  } finally {
    if (ownRedis) await ownRedis.stop()
    else await redisCommands(redisUrl, ["FLUSHDB"])
  }
}

export async function test() {
  const tallies: Tally[] = []
  await buildContent()

  say("lint and format (Biome) ...")
  const lint = await run("pnpm", ["exec", "biome", "ci", "."], { cwd: ROOT })
  tallies.push({ name: "biome", passed: lint === 0 ? 1 : 0, failed: lint === 0 ? 0 : 1, ok: lint === 0 })

  say("type checks ...")
  for (const pkg of ["@galeri/content", "@galeri/search", "@galeri/commerce", "@galeri/storefront"]) {
    const code = await run("pnpm", ["--filter", pkg, "run", "typecheck"], { cwd: ROOT })
    tallies.push({ name: `typecheck ${pkg}`, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, ok: code === 0 })
  }
  // the orchestrator itself (Node runs it with types stripped, so nothing else would check them)
  const tools = await run(
    "pnpm",
    [
      "exec",
      "tsc",
      "--noEmit",
      "--strict",
      "--noImplicitAny",
      "false",
      "--allowImportingTsExtensions",
      "--module",
      "nodenext",
      "--moduleResolution",
      "nodenext",
      "--target",
      "es2023",
      "--types",
      "node",
      "--skipLibCheck",
      "--ignoreConfig",
      "tools/gallery.mts",
    ],
    { cwd: ROOT },
  )
  tallies.push({ name: "typecheck tools", passed: tools === 0 ? 1 : 0, failed: tools === 0 ? 0 : 1, ok: tools === 0 })

  say("unit tests (Vitest) ...")
  tallies.push(await vitest("content", CONTENT))
  tallies.push(await vitest("search", SEARCH))
  tallies.push(await vitest("storefront", STOREFRONT))

  // Medusa integration tests need PostgreSQL: DB_HOST etc. when given, else a throwaway embedded cluster.
  let db: Database | null = null
  const env: NodeJS.ProcessEnv = {}
  if (!process.env.DB_HOST) {
    const dir = join(tmpdir(), `galeri-test-pg-${process.pid}`)
    rmSync(dir, { recursive: true, force: true })
    db = await startEmbeddedPostgres(dir, false)
    Object.assign(env, { DB_HOST: db.host, DB_PORT: String(db.port), DB_USERNAME: db.user, DB_PASSWORD: db.password })
    say(`embedded PostgreSQL for tests on port ${db.port}`)
  }
  try {
    say("Medusa unit tests (Jest) ...")
    tallies.push(await jest("commerce unit", "unit", env))
    say("Medusa integration tests against PostgreSQL (Jest) ...")
    tallies.push(await jest("commerce integration", "integration:http", env))
    say("browser tests: the whole gallery in Chromium (Playwright) ...")
    tallies.push(await browserTests(env))
    say("production mode: server and worker on PostgreSQL and Redis (Playwright) ...")
    tallies.push(await productionTests())
  } finally {
    if (db) await db.stop()
  }

  const passed = tallies.reduce((n, t) => n + t.passed, 0)
  const failed = tallies.reduce((n, t) => n + t.failed, 0)
  process.stdout.write("\n")
  for (const t of tallies)
    process.stdout.write(`  ${t.ok ? "ok  " : "FAIL"} ${t.name}: ${t.passed} passed, ${t.failed} failed\n`)
  process.stdout.write(`${passed} passed, ${failed} failed\n`)
  process.exit(failed || tallies.some((t) => !t.ok) ? 1 : 0)
}
