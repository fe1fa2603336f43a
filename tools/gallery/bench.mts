/** `./gallery bench`: Lighthouse, search at catalog sizes, the image pipeline. */

import { spawn } from "node:child_process"
import { mkdirSync, openSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { buildContent } from "./build.mts"
import { COMMERCE, freePort, MEDUSA_SERVER, must, ROOT, run, SEARCH, STOREFRONT, say, waitFor } from "./common.mts"
import { ensureDatabaseExists, startEmbeddedPostgres } from "./database.mts"
import { IMPORT_PROCESS_ENV } from "./import.mts"
import { launch } from "./launch.mts"
import { benchLoad } from "./load.mts"
import { benchScale } from "./scale.mts"
import { benchSoak } from "./soak.mts"
import { chromium } from "./test.mts"

/** Lighthouse against the running gallery (./gallery start in another terminal), or STOREFRONT_URL. */
/**
 * Search speed at catalog sizes (BENCH_SIZES, default 10000,100000): a throwaway database grown with
 * generated products, the index rebuilt (timed), then /store/search latency against /store/products.
 */
export async function benchSearch() {
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
export async function benchImages() {
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

/**
 * The office's console at scale: a generated registry sheet (BENCH_ROWS, default 50,000 rows) imported
 * through the CLI (dry run, then commit) into a throwaway database, timed and with its peak memory;
 * the baseline, measured in the same run, is only reading the same sheet with exceljs' streaming reader.
 * Budget (issue 14): 50,000 rows in under 2 minutes, peak memory under 500 MB.
 */
export async function benchOffice() {
  await buildContent()
  const rows = Number(process.env.BENCH_ROWS ?? 50_000)
  const work = join(tmpdir(), `galeri-bench-office-${process.pid}`)
  mkdirSync(work, { recursive: true })
  const sheet = join(work, "registri.xlsx")
  say(`writing a registry sheet of ${rows.toLocaleString("en")} rows ...`)
  await must(
    "writing the sheet",
    "node",
    ["bench/registry-sheet.mjs", "write", sheet, String(rows)],
    { cwd: COMMERCE, quiet: true },
    "",
  )
  const db = await startEmbeddedPostgres(join(work, "pg"), false)
  try {
    await ensureDatabaseExists(db.url, "galeri_bench")
    const gallery = await launch({
      mode: "embedded",
      databaseUrl: `${db.url}/galeri_bench`,
      uploads: join(work, "uploads"),
      backendPort: await freePort(19200),
      storefrontPort: await freePort(14500),
      log: join(work, "servers.log"),
      createStaff: false,
      freshDatabase: true,
    })
    await gallery.stop()
    say("baseline: reading the sheet alone (exceljs streaming reader) ...")
    const baselineOut = join(work, "baseline.json")
    const code = await run("sh", ["-c", `node bench/registry-sheet.mjs read "${sheet}" > "${baselineOut}"`], {
      cwd: COMMERCE,
    })
    if (code !== 0) throw new Error("reading the sheet failed")
    const baseline = JSON.parse(readFileSync(baselineOut, "utf8")) as { rows: number; seconds: number; peak_mb: number }
    say("importing it through the CLI (dry run, then commit) ...")
    const out = join(work, "import.json")
    // as `./gallery import` runs it: from Medusa's build (launch made it)
    const imported = await run(
      join(COMMERCE, "node_modules", ".bin", "medusa"),
      ["exec", "./src/scripts/import-msmes.js", sheet, "commit"],
      {
        cwd: MEDUSA_SERVER,
        env: {
          ...gallery.backendEnv,
          BENCH_OUTPUT: out,
          LOG_LEVEL: "error",
          // as ./gallery import runs it; BENCH_HEAP_MB sets another heap cap to see what memory it needs
          ...IMPORT_PROCESS_ENV,
          ...(process.env.BENCH_HEAP_MB
            ? { NODE_OPTIONS: `--max-old-space-size=${process.env.BENCH_HEAP_MB} --max-semi-space-size=8` }
            : {}),
        },
      },
    )
    if (imported !== 0) throw new Error("the import failed (see above)")
    const r = JSON.parse(readFileSync(out, "utf8")) as {
      rows: number
      dry_seconds: number
      commit_seconds: number
      peak_mb: number
      medusa_mb: number
      done: { created: number }
    }
    const total = r.dry_seconds + r.commit_seconds
    const line = (what: string, seconds: number, peak: number) =>
      `| ${what} | ${seconds.toFixed(1)} | ${(r.rows / seconds).toFixed(0)} | ${peak.toFixed(0)} | ${(seconds / baseline.seconds).toFixed(1)} |`
    process.stdout.write(
      [
        "",
        `Registry import, ${r.rows.toLocaleString("en")} rows (${r.done.created.toLocaleString("en")} created), 2 cores, embedded PostgreSQL:`,
        "",
        "| step | seconds | rows/s | peak memory MB | vs baseline |",
        "|---|---|---|---|---|",
        line("baseline: reading the sheet (exceljs streaming)", baseline.seconds, baseline.peak_mb),
        line("dry run (read, check, match, report kept)", r.dry_seconds, r.peak_mb),
        line("commit (batches of 500 through workflows)", r.commit_seconds, r.peak_mb),
        line("import in all", total, r.peak_mb),
        "",
        `memory: Medusa loaded ${r.medusa_mb.toFixed(0)} MB before the import began; the import's peak ${r.peak_mb.toFixed(0)} MB, so the import itself added ${(r.peak_mb - r.medusa_mb).toFixed(0)} MB`,
        `budget: under 120 s -> ${total < 120 ? "met" : "MISSED"} (${total.toFixed(1)} s); peak under 500 MB -> ${r.peak_mb < 500 ? "met" : `MISSED for the whole process (${r.peak_mb.toFixed(0)} MB), of which Medusa itself ${r.medusa_mb.toFixed(0)} MB`}`,
        "",
      ].join("\n"),
    )
    if (process.env.BENCH_DASHBOARD === "0") return
    say("growing the database for the dashboard (BENCH_MSMES, BENCH_PRODUCTS, BENCH_LINES) ...")
    const dashOut = join(work, "dashboard.json")
    const grown = await run(
      join(COMMERCE, "node_modules", ".bin", "medusa"),
      ["exec", "./src/scripts/bench-office.js"],
      {
        cwd: MEDUSA_SERVER,
        env: { ...gallery.backendEnv, BENCH_OUTPUT: dashOut, LOG_LEVEL: "error" },
      },
    )
    if (grown !== 0) throw new Error("growing the database failed (see above)")
    type Timing = { p50: number; p95: number; max: number }
    const d = JSON.parse(readFileSync(dashOut, "utf8")) as {
      counts: Record<string, string>
      load_seconds: number
      rebuild_seconds: number
      baseline: Timing
      dashboard: Timing
      dashboard_filtered: Timing
      readiness: Timing
    }
    const t = (what: string, x: Timing) =>
      `| ${what} | ${x.p50.toFixed(0)} | ${x.p95.toFixed(0)} | ${x.max.toFixed(0)} | ${(x.p95 / d.baseline.p95).toFixed(1)} |`
    process.stdout.write(
      [
        "",
        `Targets dashboard at ${Number(d.counts.msmes).toLocaleString("en")} MSMEs, ${Number(d.counts.products).toLocaleString("en")} products, ${Number(d.counts.lines).toLocaleString("en")} order lines (grown in ${d.load_seconds.toFixed(0)} s; the sales read model rebuilt from every order in ${d.rebuild_seconds.toFixed(0)} s):`,
        "",
        "| request | p50 ms | p95 ms | max ms | p95 vs baseline |",
        "|---|---|---|---|---|",
        t("baseline: the registry's first page (20 rows)", d.baseline),
        t("dashboard, whole regency", d.dashboard),
        t("dashboard, one kecamatan and sector", d.dashboard_filtered),
        t("export readiness panel (its own request), whole regency", d.readiness),
        "",
        `budget: p95 under 1 s -> dashboard ${d.dashboard.p95 < 1000 ? "met" : "MISSED"} (${d.dashboard.p95.toFixed(0)} ms), readiness ${d.readiness.p95 < 1000 ? "met" : "MISSED"} (${d.readiness.p95.toFixed(0)} ms)`,
        "",
      ].join("\n"),
    )
  } finally {
    await db.stop()
  }
}

export async function bench() {
  if (process.argv[3] === "office") return benchOffice()
  if (process.argv[3] === "load") return benchLoad()
  if (process.argv[3] === "soak") return benchSoak()
  if (process.argv[3] === "search") return benchSearch()
  if (process.argv[3] === "scale") return benchScale()
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
