import { getCollection } from "astro:content"
import { getRelativeLocaleUrl } from "astro:i18n"
import type { StoreMsmeListResponse } from "@galeri/commerce/contracts"
import { LOCALES } from "../../i18n/ui"
import { CatalogUnavailable, guard, sdk } from "../../lib/medusa.server"
import { listCategories } from "../catalog/catalog.server"
import {
  type Chunked,
  chunkCount,
  itemsPerSitemap,
  latest,
  parseSitemapName,
  type SitemapPath,
  urlset,
} from "./sitemap"

/** How long a built sitemap is reused: crawlers read it far less often, a new product waits at most this long. */
const TTL_MS = 10 * 60_000
const PAGE = 200

/** Built sitemaps by name, with their lastmod (the index reads it from here), rebuilt after TTL_MS. */
const built = new Map<string, { xml: string; lastmod: string | null; at: number; origin: string }>()
let counted: { counts: Record<Chunked, number>; at: number } | null = null

const msmePage = (limit: number, offset: number) =>
  guard(() =>
    sdk.client.fetch<StoreMsmeListResponse>(`/store/gallery/msmes?order=created_at&limit=${limit}&offset=${offset}`),
  )

/**
 * How many sitemaps of products (at least one) and of MSMEs the index lists: two small counted
 * requests, cached with the sitemaps.
 */
export async function sitemapCounts(): Promise<Record<Chunked, number>> {
  if (counted && Date.now() - counted.at < TTL_MS) return counted.counts
  const [{ count: products }, { count: msmes }] = await Promise.all([
    guard(() => sdk.store.product.list({ fields: "id", limit: 1 })),
    msmePage(1, 0),
  ])
  const counts = { produk: chunkCount(products, LOCALES.length), umkm: chunkCount(msmes, LOCALES.length, 0) }
  counted = { counts, at: Date.now() }
  return counts
}

/** A sitemap's lastmod, when it has been built (the index leaves it out until then). */
export const sitemapLastmod = (name: string) => built.get(name)?.lastmod ?? null

/** The products of the n-th product sitemap, oldest first (a stable order: new products go to the last one). */
async function productPaths(n: number): Promise<SitemapPath[]> {
  const size = itemsPerSitemap(LOCALES.length)
  const start = (n - 1) * size
  const paths: SitemapPath[] = []
  for (let offset = start; offset < start + size; offset += PAGE) {
    const { products } = await guard(() =>
      sdk.store.product.list({
        fields: "handle,updated_at",
        limit: Math.min(PAGE, start + size - offset),
        offset,
        order: "created_at",
      }),
    )
    for (const p of products)
      paths.push({ path: `produk/${p.handle}`, lastmod: (p.updated_at as string | null) ?? null })
    if (products.length < PAGE) break
  }
  return paths
}

/** The MSMEs of the n-th MSME sitemap, oldest first (new MSMEs go to the last one). */
async function msmePaths(n: number): Promise<SitemapPath[]> {
  const size = itemsPerSitemap(LOCALES.length)
  const paths: SitemapPath[] = []
  for (let offset = (n - 1) * size; offset < n * size; offset += 1000) {
    const { msmes } = await msmePage(Math.min(1000, n * size - offset), offset)
    for (const m of msmes) paths.push({ path: `umkm/${m.handle}`, lastmod: m.updated_at })
    if (msmes.length < 1000) break
  }
  return paths
}

async function fixedPaths(): Promise<SitemapPath[]> {
  const paths: SitemapPath[] = [{ path: "" }, { path: "kategori" }, { path: "umkm" }, { path: "kunjungi" }]
  for (const c of await listCategories("id")) paths.push({ path: `kategori/${c.handle}` })
  const slugs = new Set((await getCollection("pages")).map((entry) => entry.id.replace(/\.(id|en)$/, "")))
  for (const slug of slugs) paths.push({ path: `halaman/${slug}` })
  return paths
}

/** One sitemap of the index as XML, or null for a name that is not one of them. */
export async function sitemapFile(name: string, url: URL): Promise<string | null> {
  const which = parseSitemapName(name, await sitemapCounts())
  if (!which) return null
  const cached = built.get(name)
  if (cached && cached.origin === url.origin && Date.now() - cached.at < TTL_MS) return cached.xml
  const paths =
    which.kind === "pages"
      ? await fixedPaths()
      : which.kind === "produk"
        ? await productPaths(which.n)
        : await msmePaths(which.n)
  const abs = (locale: (typeof LOCALES)[number], path: string) => new URL(getRelativeLocaleUrl(locale, path), url).href
  const xml = urlset(paths, LOCALES, abs)
  built.set(name, { xml, lastmod: latest(paths.map((p) => p.lastmod)), at: Date.now(), origin: url.origin })
  return xml
}

/** A sitemap answer: the XML (cacheable for an hour), 404 for a sitemap that does not exist, 503 while Medusa is away. */
export async function xmlResponse(build: () => Promise<string | null>): Promise<Response> {
  try {
    const xml = await build()
    if (xml === null) return new Response("No such sitemap", { status: 404 })
    return new Response(xml, {
      headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
    })
  } catch (error) {
    if (error instanceof CatalogUnavailable)
      return new Response("Sitemap temporarily unavailable", { status: 503, headers: { "Retry-After": "60" } })
    throw error
  }
}
