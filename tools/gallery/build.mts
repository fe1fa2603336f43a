import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import {
  COMMERCE,
  CONTENT,
  hashTree,
  MEDUSA_SERVER,
  must,
  ROOT,
  readState,
  run,
  SEARCH,
  type State,
  say,
  writeState,
} from "./common.mts"

// ---------------------------------------------------------------- build steps

/** Builds the workspace libraries commerce and the storefront load as JavaScript (content/, search/), when changed. */
export async function buildContent() {
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

/**
 * Builds Medusa and Medusa Admin into commerce/.medusa/server when the code changed since the last
 * build. The CLI's long jobs (the registry import) also run from this build: compiled JavaScript
 * needs about 140 MB less than running the TypeScript sources through ts-node.
 */
export async function buildMedusa(env: NodeJS.ProcessEnv, state: State = readState()): Promise<boolean> {
  const sourceStamp = hashTree([
    join(COMMERCE, "src"),
    join(COMMERCE, "medusa-config.ts"),
    join(SEARCH, "src"),
    join(SEARCH, "data"),
    join(ROOT, "pnpm-lock.yaml"),
  ])
  // the admin bundle holds the backend URL it was built with
  const buildStamp = `${sourceStamp}:${env.MEDUSA_BACKEND_URL ?? ""}`
  if (state.stamps?.medusaBuild === buildStamp && existsSync(join(MEDUSA_SERVER, "public", "admin", "index.html")))
    return true
  say("building Medusa and Medusa Admin (about a minute, only after code changes) ...")
  const code = await run("pnpm", ["exec", "medusa", "build"], {
    cwd: COMMERCE,
    env: { MEDUSA_DISABLE_TELEMETRY: "true", ...env },
    quiet: true,
  })
  if (code !== 0) return false
  state.stamps ??= {}
  state.stamps.medusaBuild = buildStamp
  writeState(state)
  return true
}
