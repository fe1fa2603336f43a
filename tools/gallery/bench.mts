/** `./gallery bench`: Lighthouse, search at catalog sizes, the image pipeline. */
import { spawn } from "node:child_process"
import { mkdirSync, openSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { buildContent } from "./build.mts"
import { COMMERCE, freePort, must, ROOT, run, SEARCH, STOREFRONT, say, waitFor } from "./common.mts"
import { ensureDatabaseExists, startEmbeddedPostgres } from "./database.mts"
import { launch } from "./launch.mts"
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

export async function bench() {
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
