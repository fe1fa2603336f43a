/**
 * The sitemap's shape, kept apart from the pages that serve it so it can be tested alone: an index
 * (`/sitemap.xml`) of chunked sitemaps, none over 10,000 URLs (the protocol allows 50,000; smaller
 * files are built in one request and re-read cheaply by crawlers), every public page in both
 * languages with its hreflang alternates and, where known, `lastmod`.
 */

/** URLs per sitemap file. */
export const URLS_PER_SITEMAP = 10_000

/** The sitemap of the fixed pages (home, categories, editorial pages). */
export const PAGES_SITEMAP = "halaman"

/** The chunked kinds: products and MSMEs, each one page per language; the name's prefix is the page's path. */
export const CHUNKED = ["produk", "umkm"] as const
export type Chunked = (typeof CHUNKED)[number]

/** Items (products or MSMEs) per sitemap: each item is one URL per language. */
export const itemsPerSitemap = (languages: number) => Math.floor(URLS_PER_SITEMAP / languages)
export const productsPerSitemap = itemsPerSitemap

/** How many sitemaps of a kind `items` need (products: at least one, so the index never points nowhere). */
export const chunkCount = (items: number, languages: number, atLeast = 1) =>
  Math.max(atLeast, Math.ceil(items / itemsPerSitemap(languages)))
export const productSitemapCount = (products: number, languages: number) => chunkCount(products, languages)

/** The name of the n-th sitemap of a kind (1-based): `produk-1`, `umkm-2`, ... */
export const chunkName = (kind: Chunked, n: number) => `${kind}-${n}`
export const productSitemapName = (n: number) => chunkName("produk", n)

/** Which sitemap a name is, given how many sitemaps each chunked kind has, or null for one that does not exist. */
export function parseSitemapName(
  name: string,
  counts: number | Partial<Record<Chunked, number>>,
): { kind: "pages" } | { kind: Chunked; n: number } | null {
  if (name === PAGES_SITEMAP) return { kind: "pages" }
  const of = typeof counts === "number" ? { produk: counts } : counts
  const match = /^(produk|umkm)-([1-9][0-9]{0,5})$/.exec(name)
  if (!match) return null
  const kind = match[1] as Chunked
  const n = Number(match[2])
  return n <= (of[kind] ?? 0) ? { kind, n } : null
}

export const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")

export type SitemapPath = { path: string; lastmod?: string | null }

/** A date as sitemaps write it (W3C datetime, to the second, UTC). */
export const w3cDate = (d: string | Date) => new Date(d).toISOString().replace(/\.\d{3}Z$/, "Z")

/** A urlset: each path once per language, each with every language's alternate. */
export function urlset<L extends string>(
  paths: SitemapPath[],
  locales: readonly L[],
  abs: (locale: L, path: string) => string,
) {
  const body = paths
    .flatMap(({ path, lastmod }) =>
      locales.map(
        (locale) =>
          `<url><loc>${escapeXml(abs(locale, path))}</loc>${lastmod ? `<lastmod>${w3cDate(lastmod)}</lastmod>` : ""}${locales
            .map((alt) => `<xhtml:link rel="alternate" hreflang="${alt}" href="${escapeXml(abs(alt, path))}"/>`)
            .join("")}</url>`,
      ),
    )
    .join("\n")
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${body}\n</urlset>\n`
}

/** The sitemap index: one entry per sitemap file, with its lastmod where known. */
export function sitemapIndex(entries: { loc: string; lastmod?: string | null }[]) {
  const body = entries
    .map(
      (e) =>
        `<sitemap><loc>${escapeXml(e.loc)}</loc>${e.lastmod ? `<lastmod>${w3cDate(e.lastmod)}</lastmod>` : ""}</sitemap>`,
    )
    .join("\n")
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</sitemapindex>\n`
}

/** The latest of some dates (null when none). */
export const latest = (dates: (string | null | undefined)[]) =>
  dates.reduce<string | null>((max, d) => (d && (!max || new Date(d) > new Date(max)) ? d : max), null)
