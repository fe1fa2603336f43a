import type { APIRoute } from "astro"
import { listRegions, REGION_COOKIE } from "../../features/region/region.server"
import { secureCookies } from "../../lib/cookies.server"
import { sameOriginPath } from "../../lib/edge"

/** The region picker's form posts here (it works without JavaScript); the cart follows in the browser. */
export const POST: APIRoute = async ({ request, cookies, redirect, url }) => {
  const form = await request.formData().catch(() => null)
  const regionId = String(form?.get("region_id") ?? "")
  const returnTo = String(form?.get("return_to") ?? "/")
  const regions = await listRegions().catch(() => [])
  if (!regions.some((r) => r.id === regionId)) {
    return new Response("Unknown region. Go back and pick one of the listed regions.", { status: 400 })
  }
  cookies.set(REGION_COOKIE, regionId, {
    path: "/",
    sameSite: "lax",
    secure: secureCookies(url),
    maxAge: 60 * 60 * 24 * 365,
    httpOnly: false,
  })
  // Only paths of this site: never redirect elsewhere.
  return redirect(sameOriginPath(returnTo, url.origin), 303)
}
