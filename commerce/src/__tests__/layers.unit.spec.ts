import { readdirSync, readFileSync, statSync } from "node:fs"
import { dirname, join, relative, resolve, sep } from "node:path"

/**
 * Layers point down: api/ -> workflows/ -> modules/, with types/ beside them and lib/ for
 * infrastructure. Nothing in workflows/, modules/, lib/ or types/ imports from api/; types/ imports no
 * workflow; only the seed (lib/seed, scripts/) imports lib/seed. Read from the sources, so a new file
 * that breaks the rule fails here.
 */
const SRC = resolve(__dirname, "..")

function files(dir: string, found: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) {
      if (name !== "node_modules" && name !== "__tests__") files(path, found)
    } else if (/\.(ts|tsx)$/.test(name)) found.push(path)
  }
  return found
}

/** Every relative import of a file, resolved to a path under src/ (e.g. "api/seller/validators"). */
function imports(file: string): string[] {
  const source = readFileSync(file, "utf8")
  const specifiers = [...source.matchAll(/(?:from\s+|import\(\s*|require\(\s*)["'](\.{1,2}\/[^"']+)["']/g)].map(
    (m) => m[1]!,
  )
  return specifiers.map((s) =>
    relative(SRC, resolve(dirname(file), s))
      .split(sep)
      .join("/"),
  )
}

const under = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`)
const own = (file: string) => relative(SRC, file).split(sep).join("/")

describe("layers", () => {
  const all = files(SRC)

  it("nothing in workflows/, modules/, lib/ or types/ imports from api/", () => {
    const offending = all
      .filter((f) => ["workflows", "modules", "lib", "types"].some((layer) => under(own(f), layer)))
      .flatMap((f) =>
        imports(f)
          .filter((i) => under(i, "api"))
          .map((i) => `${own(f)} -> ${i}`),
      )
    expect(offending).toEqual([])
  })

  it("types/ import no workflow and no route", () => {
    const offending = all
      .filter((f) => under(own(f), "types"))
      .flatMap((f) =>
        imports(f)
          .filter((i) => under(i, "workflows"))
          .map((i) => `${own(f)} -> ${i}`),
      )
    expect(offending).toEqual([])
  })

  it("only the seed imports lib/seed", () => {
    const offending = all
      .filter((f) => !under(own(f), "lib/seed") && !under(own(f), "scripts"))
      .flatMap((f) =>
        imports(f)
          .filter((i) => under(i, "lib/seed"))
          .map((i) => `${own(f)} -> ${i}`),
      )
    expect(offending).toEqual([])
  })

  it("reads imports the way the rule means (a check of the check)", () => {
    const workflow = join(SRC, "workflows", "export-inquiry", "send-quote.ts")
    expect(imports(workflow)).toContain("types/export-inquiry/admin-http")
  })
})
