import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { CONTENT, hashTree, must, ROOT, SEARCH } from "./common.mts"

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
