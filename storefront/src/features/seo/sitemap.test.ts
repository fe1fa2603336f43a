import { describe, expect, it } from "vitest"
import {
  chunkCount,
  chunkName,
  latest,
  parseSitemapName,
  productSitemapCount,
  productSitemapName,
  productsPerSitemap,
  sitemapIndex,
  URLS_PER_SITEMAP,
  urlset,
} from "./sitemap"

const abs = (locale: "id" | "en", path: string) => `https://galeri.test${locale === "en" ? "/en" : ""}/${path}`

describe("sitemap", () => {
  it("splits 100,000 products in two languages into sitemaps of at most 10,000 URLs", () => {
    expect(productsPerSitemap(2)).toBe(5_000)
    expect(productSitemapCount(100_000, 2)).toBe(20)
    expect(productSitemapCount(100_001, 2)).toBe(21)
    expect(productSitemapCount(155, 2)).toBe(1)
    expect(productSitemapCount(0, 2)).toBe(1)
    const paths = Array.from({ length: productsPerSitemap(2) }, (_, i) => ({ path: `produk/p-${i}` }))
    const xml = urlset(paths, ["id", "en"] as const, abs)
    expect(xml.match(/<url>/g)).toHaveLength(URLS_PER_SITEMAP)
  })

  it("names the sitemaps and refuses names that do not exist", () => {
    expect(parseSitemapName("halaman", 3)).toEqual({ kind: "pages" })
    expect(parseSitemapName(productSitemapName(3), 3)).toEqual({ kind: "produk", n: 3 })
    expect(parseSitemapName("produk-4", 3)).toBeNull()
    expect(parseSitemapName("produk-0", 3)).toBeNull()
    expect(parseSitemapName("produk-01", 3)).toBeNull()
    expect(parseSitemapName("../etc", 3)).toBeNull()
    // MSMEs have sitemaps of their own: 20,000 MSMEs are four of them, none when there are none
    expect(chunkCount(20_000, 2, 0)).toBe(4)
    expect(chunkCount(0, 2, 0)).toBe(0)
    expect(parseSitemapName(chunkName("umkm", 4), { produk: 1, umkm: 4 })).toEqual({ kind: "umkm", n: 4 })
    expect(parseSitemapName("umkm-5", { produk: 1, umkm: 4 })).toBeNull()
    expect(parseSitemapName("umkm-1", { produk: 1 })).toBeNull()
  })

  it("writes each page in both languages with alternates and lastmod, escaped", () => {
    const xml = urlset([{ path: "produk/a&b", lastmod: "2026-12-01T10:00:00.123Z" }], ["id", "en"] as const, abs)
    expect(xml).toContain("<loc>https://galeri.test/produk/a&amp;b</loc><lastmod>2026-12-01T10:00:00Z</lastmod>")
    expect(xml).toContain('hreflang="en" href="https://galeri.test/en/produk/a&amp;b"')
    expect(xml.match(/<url>/g)).toHaveLength(2)
  })

  it("indexes the sitemaps with their lastmod", () => {
    const xml = sitemapIndex([
      { loc: "https://galeri.test/sitemap/halaman.xml" },
      {
        loc: "https://galeri.test/sitemap/produk-1.xml",
        lastmod: latest(["2026-11-02T00:00:00Z", "2026-12-02T08:00:00Z", null]),
      },
    ])
    expect(xml).toContain("<sitemapindex")
    expect(xml).toContain("<sitemap><loc>https://galeri.test/sitemap/halaman.xml</loc></sitemap>")
    expect(xml).toContain("<loc>https://galeri.test/sitemap/produk-1.xml</loc><lastmod>2026-12-02T08:00:00Z</lastmod>")
  })
})
