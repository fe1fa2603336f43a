/** A whole gallery (migrations, seed, staff login, builds, Medusa, storefront): for start, tests and benchmarks. */
import { type ChildProcess, spawn } from "node:child_process"
import { createHash, randomBytes } from "node:crypto"
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, symlinkSync } from "node:fs"
import { dirname, join } from "node:path"
import { buildMedusa } from "./build.mts"
import {
  COMMERCE,
  CONTENT,
  DATA,
  DEMO_STAFF,
  freePort,
  hashTree,
  MEDUSA_SERVER,
  ROOT,
  readState,
  run,
  STOREFRONT,
  say,
  waitFor,
  writeState,
} from "./common.mts"

// ---------------------------------------------------------------- launch (start and browser tests)

export type LaunchOptions = {
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
  /** The database was restored from a backup of this same gallery (the backup test): started as it is, not migrated or seeded again. */
  restored?: boolean
  /** Production mode as deployed: Medusa as two processes, a `server` (HTTP) and a `worker` (events, jobs), sharing Redis. */
  split?: boolean
  /** Where the worker's output goes when split (default: with the server's). */
  workerLog?: string
  /** Extra environment for Medusa and for the storefront (browser tests turn on Stripe with offline keys). */
  backendEnv?: NodeJS.ProcessEnv
  storefrontEnv?: NodeJS.ProcessEnv
}

export type Gallery = {
  backendUrl: string
  /** the worker's health address when Medusa runs split, else null */
  workerUrl: string | null
  storefrontUrl: string
  publishableKey: string
  /** What Medusa runs with (database, secrets, uploads): for commands run beside it. */
  backendEnv: NodeJS.ProcessEnv
  stop: () => Promise<void>
  /** The running processes by role (Medusa's server or single process, its worker, the storefront), for benchmarks that watch their memory. */
  processes: () => { role: string; pid: number }[]
  /** When split: the worker, stopped by a signal (SIGKILL by default, as a crash or an OOM kill would) and started again. */
  worker: Restartable | null
  /** Medusa's HTTP server (or its single process), stopped by a signal (SIGTERM by default, as a deploy does) and started again. */
  server: Restartable
  /** The storefront's server, likewise. */
  storefront: Restartable
}

/** How a process ended: its exit code or signal, and how long it took after the signal. */
export type Exit = { code: number | null; signal: NodeJS.Signals | null; ms: number }

/** One of the gallery's processes, to stop with a signal (resolved when it has exited) and start again (resolved when healthy). */
export type Restartable = { kill: (signal?: NodeJS.Signals) => Promise<Exit>; start: () => Promise<void> }

/** Sends `signal` and resolves when the process has exited (at once if it had). */
function signalled(child: ChildProcess | null, signal: NodeJS.Signals): Promise<Exit> {
  if (!child || child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve({ code: child?.exitCode ?? null, signal: child?.signalCode ?? null, ms: 0 })
  const sent = Date.now()
  return new Promise((resolve) => {
    child.once("exit", (code, sig) => resolve({ code, signal: sig, ms: Date.now() - sent }))
    child.kill(signal)
  })
}

export async function launch(opts: LaunchOptions): Promise<Gallery> {
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
  if (!opts.restored && (opts.freshDatabase || stamps[`migrate:${dbKey}`] !== migrationStamp)) {
    say("migrating the database ...")
    if ((await medusa(["db:migrate"])) !== 0)
      fail("migrations failed (see above); the database is left as it was before the failing migration")
    if (!opts.freshDatabase) stamps[`migrate:${dbKey}`] = migrationStamp
    writeState(state)
  }

  const seedStamp = hashTree([join(CONTENT, "data"), join(COMMERCE, "src", "lib", "seed")])
  const seedOutput = join(dirname(opts.uploads), `seed-${dbKey}.json`)
  if (!opts.restored && (opts.freshDatabase || stamps[`seed:${dbKey}`] !== seedStamp || !existsSync(seedOutput))) {
    say(
      opts.mode === "production" && (env.GALERI_DEMO_CATALOG ?? process.env.GALERI_DEMO_CATALOG) !== "1"
        ? "setting up the store (regions, channel, tax, shipping, locales, search indexes, categories; no demo catalog in production unless GALERI_DEMO_CATALOG=1) ..."
        : "seeding the demo catalog (31 MSMEs, 155 products; the first time also renders image variants) ...",
    )
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
  // a fresh database has no staff yet, whatever an earlier database at the same address had
  if (opts.createStaff && (opts.freshDatabase || stamps[`staff:${dbKey}`] !== staffStamp)) {
    // exits non-zero when the user exists already: both are fine
    await medusa(["user", "-e", DEMO_STAFF.email, "-p", DEMO_STAFF.password])
    // a new account has no role: the demo login is the gallery's first administrator
    if ((await medusa(["exec", "./src/scripts/staff-role.ts", DEMO_STAFF.email, "admin"])) !== 0)
      fail("could not make the demo staff login an administrator (see above)")
    if (!opts.freshDatabase) stamps[`staff:${dbKey}`] = staffStamp
    writeState(state)
  }

  // Medusa Admin is built without a backend URL (it then calls the server it is served from, on any
  // port) unless the operator gave one (an admin served from elsewhere)
  const { MEDUSA_BACKEND_URL: _local, ...buildEnv } = env
  if (process.env.MEDUSA_BACKEND_URL) buildEnv.MEDUSA_BACKEND_URL = process.env.MEDUSA_BACKEND_URL
  if (!(await buildMedusa({ ...buildEnv, NODE_ENV: env.NODE_ENV ?? "production" }, state)))
    fail("the Medusa build failed (see above)")
  const server = MEDUSA_SERVER
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

  const output = (log = opts.log): "inherit" | ["ignore", number, number] => {
    if (!quiet) return "inherit"
    const fd = openSync(log, "a")
    return ["ignore", fd, fd]
  }
  const children: ChildProcess[] = []
  const stop = async () => {
    const running = children.filter((c) => c.exitCode === null && c.signalCode === null)
    for (const child of running) child.kill("SIGTERM")
    await Promise.all(running.map((c) => new Promise((r) => c.once("exit", r))))
  }
  const split = opts.split === true && opts.mode === "production"
  say(split ? "starting Medusa (a server and a worker) ..." : "starting Medusa ...")
  const medusaProcess = (workerMode: "shared" | "server" | "worker", port: number, log?: string) =>
    spawn(join(COMMERCE, "node_modules", ".bin", "medusa"), ["start"], {
      cwd: server,
      env: {
        ...process.env,
        ...env,
        PORT: String(port),
        MEDUSA_WORKER_MODE: workerMode,
        // "embedded", not "development": Medusa then serves the prebuilt admin, not a Vite dev server
        NODE_ENV: opts.mode === "production" ? "production" : "embedded",
      },
      stdio: output(log),
    })
  const single = (env.MEDUSA_WORKER_MODE ?? process.env.MEDUSA_WORKER_MODE ?? "shared") as
    | "shared"
    | "server"
    | "worker"
  let backend = medusaProcess(split ? "server" : single, opts.backendPort)
  children.push(backend)
  const startBackend = async () => {
    const child = medusaProcess(split ? "server" : single, opts.backendPort)
    backend = child
    children.push(child)
    await waitFor(`${backendUrl}/health`, 180_000, () => child.exitCode !== null)
  }
  let workerUrl: string | null = null
  let worker: ChildProcess | null = null
  const workerPort = split ? await freePort(opts.backendPort + 100) : 0
  const startWorker = async () => {
    const child = medusaProcess("worker", workerPort, opts.workerLog)
    worker = child
    children.push(child)
    workerUrl = `http://localhost:${workerPort}`
    await waitFor(`${workerUrl}/health`, 180_000, () => child.exitCode !== null)
  }
  let storefront: ChildProcess | null = null
  const startStorefront = async () => {
    const child = spawn("node", ["server.mjs"], {
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
    storefront = child
    children.push(child)
    await waitFor(`http://localhost:${opts.storefrontPort}/robots.txt`, 60_000, () => child.exitCode !== null)
  }
  try {
    if (split) await startWorker()
    const first = backend
    await waitFor(`${backendUrl}/health`, 180_000, () => first.exitCode !== null)
    await startStorefront()
  } catch (error) {
    await stop()
    throw error
  }
  return {
    backendUrl,
    workerUrl,
    storefrontUrl: `http://localhost:${opts.storefrontPort}`,
    publishableKey: seed.publishable_key,
    backendEnv: env,
    stop,
    worker: split ? { kill: (signal = "SIGKILL") => signalled(worker, signal), start: startWorker } : null,
    server: { kill: (signal = "SIGTERM") => signalled(backend, signal), start: startBackend },
    storefront: { kill: (signal = "SIGTERM") => signalled(storefront, signal), start: startStorefront },
    processes: () =>
      children
        .filter((c) => c.exitCode === null && c.signalCode === null && c.pid)
        .map((c) => ({
          role: c === backend ? (split ? "medusa server" : "medusa") : c === worker ? "medusa worker" : "storefront",
          pid: c.pid!,
        })),
  }
}
