import { type Catalog, CatalogError, loadCatalog } from "@galeri/content"
import { KECAMATAN } from "../../../modules/msme/places"
import { checkDemoCatalog, loadDemoCatalog } from "../demo-catalog"

/** The demo catalog checked against the modules' rules: content/ keeps the data, commerce the rules. */
const catalog = loadCatalog()
const clone = (): Catalog => structuredClone(catalog)
const problemsOf = (raw: Catalog) => {
  try {
    checkDemoCatalog(raw)
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogError)
    return (error as CatalogError).problems.map((p) => `${p.file} ${p.where}: ${p.message}`)
  }
  throw new Error("the catalog was accepted")
}

describe("demo catalog against the modules' rules", () => {
  it("passes them as shipped, typed by the modules' lists", () => {
    const demo = loadDemoCatalog()
    expect(demo.msmes).toHaveLength(catalog.msmes.length)
    expect(demo.products).toHaveLength(catalog.products.length)
    expect(demo.msmes.every((m) => (KECAMATAN as readonly string[]).includes(m.kecamatan))).toBe(true)
    // export data parsed by the one export-profile schema (normalised: units are the inquiry units)
    expect(demo.products.filter((p) => p.export).every((p) => p.export!.moq > 0)).toBe(true)
  })

  it("rejects an MSME whose NIB is not 13 digits, and an unknown kecamatan", () => {
    const raw = clone()
    const msme = raw.msmes.find((m) => m.permits.some((p) => p.type === "nib"))!
    msme.permits.find((p) => p.type === "nib")!.number = "12345"
    raw.msmes[0]!.kecamatan = "Kota Cirebon"
    const problems = problemsOf(raw)
    expect(problems).toContainEqual(expect.stringMatching(/NIB .*"12345" is not valid: expected 13 digits/))
    expect(problems).toContainEqual(expect.stringContaining('"Kota Cirebon" is not a kecamatan of Kabupaten Cirebon'))
  })

  it("rejects an unknown permit type and the same permit number twice", () => {
    const raw = clone()
    const [a, b] = raw.msmes.filter((m) => m.permits.some((p) => p.type === "nib"))
    b!.permits.find((p) => p.type === "nib")!.number = a!.permits.find((p) => p.type === "nib")!.number
    a!.permits.push({ type: "siup", number: "1", issued_at: "2024-01-01", status: "verified" })
    const problems = problemsOf(raw)
    expect(problems).toContainEqual(expect.stringContaining('permit type "siup" is not one of'))
    expect(problems).toContainEqual(expect.stringMatching(/permit nib:\d{13} is used twice/))
  })

  it("rejects featuring a product that is not approved, and an unknown curation status", () => {
    const raw = clone()
    raw.products.find((p) => p.curation === "draft")!.featured = true
    raw.products[0]!.curation = "published"
    const problems = problemsOf(raw)
    expect(problems).toContainEqual(expect.stringContaining("only approved products can be featured"))
    expect(problems).toContainEqual(expect.stringContaining('curation "published" is not one of'))
  })

  it("checks export data with the export profile sellers fill in", () => {
    const raw = clone()
    const withExport = raw.products.filter((p) => p.export)
    withExport[0]!.export!.moq_unit = "container"
    withExport[1]!.export!.hs_code = "94015"
    const problems = problemsOf(raw)
    expect(problems).toContainEqual(expect.stringMatching(/export\.moq_unit: the unit is one of pcs, set/))
    expect(problems).toContainEqual(expect.stringMatching(/export\.hs_code: HS codes are written as 6 digits/))
  })
})
