import { join } from "node:path"
import { buildContent } from "./build.mts"
import { bold, DATA, DEMO_STAFF, say } from "./common.mts"
import { type Database, ensureDatabaseExists, startEmbeddedPostgres } from "./database.mts"
import { type Gallery, launch } from "./launch.mts"

// ---------------------------------------------------------------- start

export async function start() {
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

// ---------------------------------------------------------------- db only

export async function dbOnly() {
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
