import { describe, expect, it } from "vitest"
import { CatalogError, loadCatalog, validateCatalog } from "../src/catalog"
import { renderArtwork } from "../src/images"

const catalog = loadCatalog()
const clone = () => structuredClone(catalog)

describe("demo catalog", () => {
  it("has the size the gallery needs", () => {
    expect(catalog.msmes.length).toBeGreaterThanOrEqual(30)
    expect(catalog.products.length).toBeGreaterThanOrEqual(150)
    const sectors = new Set(catalog.msmes.map((m) => m.sector))
    expect([...sectors].sort()).toEqual(["craft", "culinary"])
  })

  it("has permits in every state: verified, pending, and MSMEs with none", () => {
    const statuses = new Set(catalog.msmes.flatMap((m) => m.permits.map((p) => p.status)))
    expect(statuses.has("verified")).toBe(true)
    expect(statuses.has("pending")).toBe(true)
    expect(catalog.msmes.some((m) => !m.permits.some((p) => p.type === "nib"))).toBe(true)
  })

  it("has featured craft and culinary products, all approved", () => {
    const featured = catalog.products.filter((p) => p.featured)
    const sectorOf = new Map(catalog.categories.map((c) => [c.handle, c.sector]))
    expect(featured.some((p) => sectorOf.get(p.category) === "craft")).toBe(true)
    expect(featured.some((p) => sectorOf.get(p.category) === "culinary")).toBe(true)
    expect(featured.every((p) => p.curation === "approved")).toBe(true)
  })

  it("gives export data to export-ready products", () => {
    expect(catalog.products.filter((p) => p.export).length).toBeGreaterThan(30)
  })

  it("rejects a product with a broken reference, price and SKU, naming each problem", () => {
    const raw = clone()
    raw.products[1]!.msme = "no-such-msme"
    const product = raw.products[0]!
    product.variants[0]!.prices.usd = 999
    product.variants[0]!.sku = "bad sku"
    expect(() => validateCatalog(raw)).toThrow(CatalogError)
    try {
      validateCatalog(raw)
    } catch (error) {
      const messages = (error as CatalogError).problems.map((p) => `${p.where}: ${p.message}`)
      expect(messages.some((m) => m.includes("no MSME no-such-msme"))).toBe(true)
      expect(messages.some((m) => m.includes("USD 999 is far from"))).toBe(true)
      expect(messages.some((m) => m.includes("variants.0.sku"))).toBe(true)
    }
  })

  it("rejects a missing translation and a duplicate handle", () => {
    const raw = clone() as unknown as {
      categories: unknown[]
      msmes: unknown[]
      products: Array<Record<string, unknown>>
    }
    raw.products[1] = { ...raw.products[1], title: { id: "Kursi" } }
    raw.products.push(raw.products[2]!)
    expect(() => validateCatalog(raw)).toThrow(/title\.en[\s\S]*is used twice/)
  })
})

describe("artwork", () => {
  it("draws a distinct, well-formed SVG for every product", () => {
    const svgs = catalog.products.map((p) => renderArtwork({ key: p.handle, kind: p.category, label: p.title.id }))
    expect(new Set(svgs).size).toBe(svgs.length)
    for (const svg of svgs) {
      expect(svg.startsWith("<svg")).toBe(true)
      expect(svg.endsWith("</svg>")).toBe(true)
    }
    expect(renderArtwork({ key: "x", kind: "coffee", label: "Kopi <&> Teh" })).toContain("Kopi &lt;&amp;&gt; Teh")
  })
})
