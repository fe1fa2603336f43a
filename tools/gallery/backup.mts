/**
 * `./gallery backup <file>` and `./gallery restore <file> [--replace]`: the production database
 * (DATABASE_URL) dumped and restored with PostgreSQL's own pg_dump and pg_restore (Debian's
 * postgresql-client of the server's major version), in pg_dump's custom format (compressed, restorable
 * table by table). Files (GALERI_UPLOAD_DIR, GALERI_PRIVATE_DIR) are backed up beside it as files:
 * the README says how. The production suite of ./gallery test shows both: dump, drop, restore, and
 * the gallery serves the same catalog and orders.
 */
import { spawn } from "node:child_process"
import { existsSync, statSync } from "node:fs"
import pg from "pg"
import { ROOT, say } from "./common.mts"

const PG_DUMP = process.env.PG_DUMP ?? "/usr/bin/pg_dump"
const PG_RESTORE = process.env.PG_RESTORE ?? "/usr/bin/pg_restore"

/** Runs a PostgreSQL client program, counting its --verbose lines as progress; resolves with its exit code and last words. */
function pgTool(program: string, args: string[], what: string): Promise<{ code: number; tail: string }> {
  return new Promise((resolve) => {
    const child = spawn(program, ["--verbose", ...args], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] })
    let steps = 0
    let tail = ""
    const tty = process.stderr.isTTY
    child.stderr.on("data", (chunk: Buffer) => {
      const text = chunk.toString()
      tail = (tail + text).slice(-4000)
      steps += text.split("\n").filter((l) => /(dumping|processing|creating|restoring)/i.test(l)).length
      if (tty) process.stderr.write(`\r[gallery] ${what}: ${steps} objects ...`)
    })
    child.on("error", (error) => resolve({ code: 127, tail: error.message }))
    child.on("close", (code) => {
      if (tty) process.stderr.write("\n")
      resolve({ code: code ?? 1, tail })
    })
  })
}

async function serverMajor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 })
  await client.connect()
  try {
    return Math.floor(Number((await client.query("show server_version_num")).rows[0].server_version_num) / 10_000)
  } finally {
    await client.end()
  }
}

function clientMajor(program: string): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(program, ["--version"], { stdio: ["ignore", "pipe", "ignore"] })
    let out = ""
    child.stdout.on("data", (d) => {
      out += d
    })
    child.on("error", () => resolve(null))
    child.on("close", () => resolve(Number(out.match(/(\d+)\.\d+/)?.[1]) || null))
  })
}

/** The client program, checked against the server: pg_dump cannot dump a newer server than itself. */
async function checkedTool(program: string, url: string): Promise<void> {
  if (!existsSync(program))
    throw new Error(
      `${program} is missing: install PostgreSQL's client programs (sudo apt-get install postgresql-client), or point ${program.endsWith("pg_dump") ? "PG_DUMP" : "PG_RESTORE"} at them`,
    )
  const [server, client] = await Promise.all([serverMajor(url), clientMajor(program)])
  if (client !== null && client < server)
    throw new Error(
      `${program} is PostgreSQL ${client}, the database is ${server}: use the client programs of version ${server} or later (PG_DUMP / PG_RESTORE)`,
    )
}

/** Dumps the database at `url` into `file` (custom format). Returns its size in bytes. */
export async function backupDatabase(url: string, file: string): Promise<number> {
  await checkedTool(PG_DUMP, url)
  const started = Date.now()
  const { code, tail } = await pgTool(
    PG_DUMP,
    ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${url}`],
    "dumping",
  )
  if (code !== 0) throw new Error(`pg_dump failed (exit ${code}): ${tail.trim().split("\n").slice(-3).join(" / ")}`)
  const size = statSync(file).size
  say(`backup written: ${file} (${(size / 1e6).toFixed(1)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s)`)
  return size
}

/** The database's name and a connection to the server's maintenance database. */
function parts(url: string): { name: string; admin: string } {
  const u = new URL(url)
  const name = decodeURIComponent(u.pathname.slice(1))
  if (!name) throw new Error("DATABASE_URL names no database")
  u.pathname = "/postgres"
  return { name, admin: u.toString() }
}

/**
 * Restores `file` into the database at `url`. The database must be empty (a restore over live data
 * would mix two galleries), unless `replace`: then it is dropped and created again first, so the
 * result is exactly the backup.
 */
export async function restoreDatabase(url: string, file: string, replace = false): Promise<void> {
  if (!existsSync(file)) throw new Error(`${file} does not exist`)
  const { name, admin } = parts(url)
  const client = new pg.Client({ connectionString: admin, connectionTimeoutMillis: 5_000 })
  await client.connect()
  try {
    const quoted = `"${name.replaceAll('"', '""')}"`
    const exists = Boolean((await client.query("select 1 from pg_database where datname = $1", [name])).rowCount)
    let tables = 0
    if (exists) {
      const target = new pg.Client({ connectionString: url })
      await target.connect()
      tables = Number(
        (
          await target
            .query("select count(*)::int as n from pg_tables where schemaname = 'public'")
            .finally(() => target.end())
        ).rows[0].n,
      )
    }
    if (tables && !replace)
      throw new Error(
        `the database ${name} holds ${tables} tables already: restore into an empty database, or add --replace to drop it and restore the backup in its place (stop the gallery first)`,
      )
    if (tables) await client.query(`drop database ${quoted} with (force)`)
    if (!exists || tables) await client.query(`create database ${quoted}`)
  } finally {
    await client.end()
  }
  await checkedTool(PG_RESTORE, url)
  const started = Date.now()
  const { code, tail } = await pgTool(
    PG_RESTORE,
    ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${url}`, file],
    "restoring",
  )
  if (code !== 0)
    throw new Error(
      `pg_restore failed (exit ${code}), nothing was restored (one transaction): ${tail.trim().split("\n").slice(-3).join(" / ")}`,
    )
  say(`restored ${file} into ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s; start the gallery as usual`)
}

const databaseUrl = () => {
  const url = process.env.DATABASE_URL
  if (!url)
    throw new Error(
      "set DATABASE_URL to the production database (the embedded database lives in .data/postgres: stop the gallery and copy that directory instead)",
    )
  return url
}

export async function backupCommand() {
  const file = process.argv[3]
  if (!file) throw new Error("usage: DATABASE_URL=... ./gallery backup <file>")
  await backupDatabase(databaseUrl(), file)
}

export async function restoreCommand() {
  const file = process.argv[3]
  if (!file) throw new Error("usage: DATABASE_URL=... ./gallery restore <file> [--replace]")
  await restoreDatabase(databaseUrl(), file, process.argv.includes("--replace"))
}
