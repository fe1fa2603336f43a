import { getRelativeLocaleUrl } from "astro:i18n"
import type { APIRoute } from "astro"
import { preferredLocale } from "../../lib/accept-language"

/**
 * A product's short address, as its shelf tag's QR code carries it: the visitor lands on the
 * product page in their phone's language (its story, cart and export inquiry are there).
 */
export const GET: APIRoute = ({ params, request }) => {
  const handle = params.handle ?? ""
  if (!/^[a-z0-9-]{1,200}$/.test(handle)) return new Response("Not found", { status: 404 })
  const locale = preferredLocale(request.headers.get("accept-language"))
  return new Response(null, {
    status: 302,
    headers: {
      Location: getRelativeLocaleUrl(locale, `produk/${handle}`),
      Vary: "Accept-Language",
      "Cache-Control": "public, max-age=300",
    },
  })
}
