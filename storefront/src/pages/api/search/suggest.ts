import type { APIRoute } from "astro"
import { SearchUnavailable, suggest } from "../../../features/search/search.server"

/** Instant suggestions for the search box: up to 6 product titles in the buyer's language. */
export const GET: APIRoute = async ({ url }) => {
  const q = (url.searchParams.get("q") ?? "").slice(0, 100)
  const locale = url.searchParams.get("locale") === "en" ? "en" : "id"
  try {
    const docs = await suggest(q)
    return Response.json(
      { suggestions: docs.map((d) => ({ handle: d.handle, title: locale === "en" ? d.title_en : d.title_id })) },
      { headers: { "Cache-Control": "public, max-age=1" } },
    )
  } catch (error) {
    if (error instanceof SearchUnavailable)
      return Response.json({ suggestions: [], message: "search unavailable" }, { status: 503 })
    throw error
  }
}
