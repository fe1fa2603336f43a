/** `./gallery test`: every tier, ending with "N passed, N failed". */
import { spawn } from "node:child_process"
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import pg from "pg"
import { buildContent } from "./build.mts"
import { COMMERCE, CONTENT, DEMO_STAFF, freePort, ROOT, run, SEARCH, STOREFRONT, say } from "./common.mts"
import { type Database, ensureDatabaseExists, startEmbeddedPostgres } from "./database.mts"
import { type Gallery, launch } from "./launch.mts"

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
export async function browserTests(dbEnv: NodeJS.ProcessEnv): Promise<Tally> {
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
          // the reverse-proxy tests (TLS in front of the storefront and Medusa); they fail saying how to install it
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
