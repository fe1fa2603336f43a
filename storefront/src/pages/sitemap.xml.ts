import { getCollection } from "astro:content"
import { getRelativeLocaleUrl } from "astro:i18n"
import type { APIRoute } from "astro"
import { listCategories } from "../features/catalog/catalog.server"
import { LOCALES } from "../i18n/ui"
import { CatalogUnavailable, guard, sdk } from "../lib/medusa.server"

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;")

/** Every public page in both languages, each with its hreflang alternates. */
export const GET: APIRoute = async ({ url }) => {
  try {
    const paths = ["", "kategori"]
    for (const c of await listCategories("id")) paths.push(`kategori/${c.handle}`)
    for (let offset = 0; ; offset += 200) {
      const { products, count } = await guard(() => sdk.store.product.list({ fields: "handle", limit: 200, offset }))
      for (const p of products) paths.push(`produk/${p.handle}`)
      if (offset + 200 >= count) break
    }
    const { msmes } = await guard(() => sdk.client.fetch<{ msmes: { handle: string }[] }>("/store/gallery/msmes"))
    for (const m of msmes) paths.push(`umkm/${m.handle}`)
    const slugs = new Set((await getCollection("pages")).map((entry) => entry.id.replace(/\.(id|en)$/, "")))
    for (const slug of slugs) paths.push(`halaman/${slug}`)

    const abs = (locale: (typeof LOCALES)[number], path: string) =>
      escapeXml(new URL(getRelativeLocaleUrl(locale, path), url).href)
    const body = paths
      .flatMap((path) =>
        LOCALES.map(
          (locale) =>
            `<url><loc>${abs(locale, path)}</loc>${LOCALES.map((alt) => `<xhtml:link rel="alternate" hreflang="${alt}" href="${abs(alt, path)}"/>`).join("")}</url>`,
        ),
      )
      .join("\n")
    return new Response(
      `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${body}\n</urlset>\n`,
      { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" } },
    )
  } catch (error) {
    if (error instanceof CatalogUnavailable)
      return new Response("Sitemap temporarily unavailable", { status: 503, headers: { "Retry-After": "60" } })
    throw error
  }
}
