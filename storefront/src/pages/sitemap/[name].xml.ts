import type { APIRoute } from "astro"
import { sitemapFile, xmlResponse } from "../../features/seo/sitemap.server"

/** One sitemap of the index: `halaman` (fixed pages), `produk-N` or `umkm-N` (items 5,000 x (N-1) + 1 onwards). */
export const GET: APIRoute = ({ params, url }) => xmlResponse(() => sitemapFile(params.name ?? "", url))
