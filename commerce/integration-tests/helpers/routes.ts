import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import { dirname, join, relative, sep } from "node:path"

export type MountedRoute = { method: string; path: string }

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const

function walk(dir: string, found: string[] = []): string[] {
  if (!existsSync(dir)) return found
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) walk(path, found)
    else if (/^route\.(js|ts)$/.test(name)) found.push(path)
  }
  return found
}

/** The methods a route file exports, read from its text (compiled CommonJS or TypeScript). */
function exportedMethods(source: string): string[] {
  return METHODS.filter(
    (m) =>
      new RegExp(`\\bexports\\.${m}\\b`).test(source) ||
      new RegExp(`export\\s+(?:async\\s+)?(?:const|function|let)\\s+${m}\\b`).test(source),
  )
}

/** Route files under an api/ folder as Medusa mounts them: `[id]` folders are `:id` segments. */
function routesIn(apiDir: string): MountedRoute[] {
  return walk(apiDir).flatMap((file) => {
    const segments = relative(apiDir, dirname(file))
      .split(sep)
      .filter(Boolean)
      .map((s) => s.replace(/^\[(.+)\]$/, ":$1"))
    const path = `/${segments.join("/")}`
    return exportedMethods(readFileSync(file, "utf8")).map((method) => ({ method, path }))
  })
}

/**
 * Every route the application mounts under `prefix`: Medusa's own (from the installed
 * @medusajs/medusa, the routes it serves) and the gallery's (src/api). A route added to either later
 * is in this list without anyone updating a test.
 */
export function mountedRoutes(prefix: string): MountedRoute[] {
  const medusaApi = join(dirname(require.resolve("@medusajs/medusa/package.json")), "dist", "api")
  const ours = join(__dirname, "..", "..", "src", "api")
  const all = [...routesIn(medusaApi), ...routesIn(ours)].filter(
    (r) => r.path === prefix || r.path.startsWith(`${prefix}/`),
  )
  const seen = new Set<string>()
  return all.filter((r) => {
    const key = `${r.method} ${r.path}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** A concrete URL for a route pattern: every parameter filled with `value`. */
export const fillParams = (path: string, value = "galeri_x") => path.replace(/:[a-z_]+/gi, value)
