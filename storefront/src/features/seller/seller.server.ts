import type {
  SellerMeResponse,
  SellerProductRequest,
  SellerProductRow,
  SellerProductView,
  SellerUploadResponse,
} from "@galeri/commerce/contracts"
import type { AstroCookies } from "astro"
import type { Locale } from "../../i18n/ui"
import { type Answer, callMedusa } from "../../lib/medusa.server"
import { m } from "./labels"

export type SellerProductBody = SellerProductRequest
export { type Answer, callMedusa }

/**
 * The seller portal talks to Medusa's /seller routes with the seller's own token, kept in an
 * http-only cookie (never readable by scripts); every form is posted to the page itself and
 * answered by the server, so the portal works on any phone browser, with or without JavaScript.
 */
export const SESSION_COOKIE = "galeri_mitra"

export function sellerToken(cookies: AstroCookies): string | null {
  return cookies.get(SESSION_COOKIE)?.value ?? null
}

export function startSession(cookies: AstroCookies, token: string, secure: boolean) {
  cookies.set(SESSION_COOKIE, token, { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: 60 * 60 * 24 })
}

export function endSession(cookies: AstroCookies) {
  cookies.delete(SESSION_COOKIE, { path: "/" })
}

/**
 * Registers a seller's sign-in (email and password) with Medusa: the registration token, or the
 * problem in the seller's language (a weak password, the service down) or Medusa's own words.
 */
export async function registerSignIn(
  email: string,
  password: string,
  clientIp: string,
  locale: Locale,
): Promise<{ token: string } | { problem: string }> {
  const reg = await callMedusa<{ token: string }>("/auth/seller/emailpass/register", {
    body: { email, password },
    clientIp,
  })
  if (reg.ok) return { token: reg.data.token }
  if (reg.status === 503) return { problem: m(locale, "unavailable") }
  return { problem: reg.code === "weak_password" ? m(locale, "weakPassword") : reg.message }
}

/** Signs a seller in: the session token, or the problem in the seller's language. */
export async function signIn(
  email: string,
  password: string,
  clientIp: string,
  locale: Locale,
): Promise<{ token: string } | { problem: string }> {
  const login = await callMedusa<{ token: string }>("/auth/seller/emailpass", { body: { email, password }, clientIp })
  if (login.ok) return { token: login.data.token }
  if (login.status === 503) return { problem: m(locale, "unavailable") }
  return { problem: m(locale, login.status === 429 ? "tooManySignIns" : "wrongLogin") }
}

export const mitraPath = (locale: Locale, path = "") => `${locale === "en" ? "/en" : ""}/mitra${path ? `/${path}` : ""}`

export type SellerMe = SellerMeResponse
export type { SellerProductRow, SellerProductView }

/** Uploads the photos chosen in the form (camera or gallery), one by one; the first refusal stops with its message. */
export async function uploadPhotos(
  token: string,
  files: File[],
): Promise<{ ok: true; ids: string[] } | { ok: false; message: string; ids: string[] }> {
  const ids: string[] = []
  for (const file of files) {
    if (!file.size) continue
    const data = new FormData()
    data.append("file", file, file.name || "foto.jpg")
    const answer = await callMedusa<SellerUploadResponse>("/seller/me/uploads?kind=photo", { token, body: data })
    if (!answer.ok) return { ok: false, message: `${file.name}: ${answer.message}`, ids }
    ids.push(answer.data.upload.id)
  }
  return { ok: true, ids }
}
