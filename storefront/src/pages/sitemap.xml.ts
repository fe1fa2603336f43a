import type { APIRoute } from "astro"
import { CHUNKED, chunkName, PAGES_SITEMAP, sitemapIndex } from "../features/seo/sitemap"
import { sitemapCounts, sitemapLastmod, xmlResponse } from "../features/seo/sitemap.server"

/** The sitemap index: the fixed pages' sitemap, then one sitemap per 5,000 products and per 5,000 MSMEs (10,000 URLs). */
export const GET: APIRoute = ({ url }) =>
  xmlResponse(async () => {
    const counts = await sitemapCounts()
    const loc = (name: string) => new URL(`/sitemap/${name}.xml`, url).href
    const names = [
      PAGES_SITEMAP,
      ...CHUNKED.flatMap((kind) => Array.from({ length: counts[kind] }, (_, i) => chunkName(kind, i + 1))),
    ]
    return sitemapIndex(names.map((name) => ({ loc: loc(name), lastmod: sitemapLastmod(name) })))
  })
