import { MEDUSA_BACKEND_URL } from "astro:env/server"
import type { APIRoute } from "astro"
import { sellerToken } from "../../../features/seller/seller.server"
import { requestIdHeaders } from "../../../lib/request-id"

/**
 * The signed-in MSME's monthly statement as a file (PDF or CSV), fetched from Medusa with the seller's
 * own session token (an http-only cookie) and passed through: the browser never holds the token.
 */
export const GET: APIRoute = async ({ url, cookies }) => {
  const token = sellerToken(cookies)
  if (!token) return new Response("Sign in at /mitra first / Masuk di /mitra dulu", { status: 401 })
  const month = url.searchParams.get("bulan") ?? ""
  const format = url.searchParams.get("format") === "csv" ? "csv" : "pdf"
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month))
    return new Response("bulan is a month, YYYY-MM / bulan adalah bulan, YYYY-MM", { status: 400 })
  let res: Response
  try {
    res = await fetch(`${MEDUSA_BACKEND_URL}/seller/me/ledger/statements/${month}?format=${format}`, {
      headers: { authorization: `Bearer ${token}`, ...requestIdHeaders() },
    })
  } catch {
    return new Response("The service is unavailable right now / Layanan sedang tidak tersedia", { status: 503 })
  }
  const headers = new Headers({ "Cache-Control": "private, no-store" })
  for (const name of ["content-type", "content-disposition"]) {
    const value = res.headers.get(name)
    if (value) headers.set(name, value)
  }
  return new Response(res.body, { status: res.status, headers })
}
