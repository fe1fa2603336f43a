/** Paths, messages, local state and process helpers shared by every command. */
import { spawn } from "node:child_process"
import { createHash } from "node:crypto"
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { createServer } from "node:net"
import { join, relative } from "node:path"

export const ROOT = join(import.meta.dirname, "..", "..")
export const DATA = join(ROOT, ".data")
export const COMMERCE = join(ROOT, "commerce")
export const STOREFRONT = join(ROOT, "storefront")
export const CONTENT = join(ROOT, "content")
export const SEARCH = join(ROOT, "search")
/** Medusa's build (`medusa build`): what `./gallery start` serves and the CLI's long jobs run */
export const MEDUSA_SERVER = join(COMMERCE, ".medusa", "server")
export const STATE_FILE = join(DATA, "state.json")

export const DEMO_STAFF = { email: "staf@galeri-caruban.test", password: "caruban-demo-2026" }

export const bold = (s: string) => `\x1b[1m${s}\x1b[0m`
export const say = (s: string) => process.stderr.write(`${bold("[gallery]")} ${s}\n`)

export type State = {
  secrets?: { jwt: string; cookie: string }
  stamps?: Record<string, string>
  publishable_key?: string
}
export const readState = (): State =>
  existsSync(STATE_FILE) ? (JSON.parse(readFileSync(STATE_FILE, "utf8")) as State) : {}
export const writeState = (state: State) => {
  mkdirSync(DATA, { recursive: true })
  writeFileSync(STATE_FILE, JSON.stringify(state, null, 2))
}

/** A hash of the files under the given paths (names and contents): tells whether a step must run again. */
export function hashTree(paths: string[]): string {
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

export async function freePort(preferred: number): Promise<number> {
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

export function run(
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

export async function must(step: string, cmd: string, args: string[], opts: Parameters<typeof run>[2], hint: string) {
  const code = await run(cmd, args, opts)
  if (code !== 0) {
    say(`${step} failed (exit ${code}). ${hint}`)
    process.exit(1)
  }
}

export async function waitFor(url: string, timeoutMs: number, failed: () => boolean) {
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
