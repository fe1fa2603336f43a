import { MEDUSA_BACKEND_URL } from "astro:env/server"
import type { AstroCookies } from "astro"
import type { Locale } from "../../i18n/ui"
import type { SellerProductBody } from "./form"
import { m } from "./labels"

export type { SellerProductBody }

/**
 * The seller portal talks to Medusa's /seller routes with the seller's own token, kept in an
 * http-only cookie (never readable by scripts); every form is posted to the page itself and
 * answered by the server, so the portal works on any phone browser, with or without JavaScript.
 */
export const SESSION_COOKIE = "galeri_mitra"

export type Answer<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; message: string; code?: string }

export function sellerToken(cookies: AstroCookies): string | null {
  return cookies.get(SESSION_COOKIE)?.value ?? null
}

export function startSession(cookies: AstroCookies, token: string, secure: boolean) {
  cookies.set(SESSION_COOKIE, token, { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: 60 * 60 * 24 })
}

export function endSession(cookies: AstroCookies) {
  cookies.delete(SESSION_COOKIE, { path: "/" })
}

/** One call to Medusa: JSON or multipart (FormData) body, the seller's token when there is one. */
export async function callMedusa<T>(
  path: string,
  init: { method?: string; token?: string | null; body?: unknown; clientIp?: string },
): Promise<Answer<T>> {
  const multipart = init.body instanceof FormData
  let res: Response
  try {
    res = await fetch(`${MEDUSA_BACKEND_URL}${path}`, {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers: {
        ...(multipart ? {} : { "content-type": "application/json" }),
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
        // the seller's own address (server.mjs worked it out), for Medusa's sign-in throttling
        ...(init.clientIp ? { "x-forwarded-for": init.clientIp } : {}),
      },
      body: init.body === undefined ? undefined : multipart ? (init.body as FormData) : JSON.stringify(init.body),
    })
  } catch (error) {
    console.error(`[storefront] seller portal: Medusa unreachable (${error instanceof Error ? error.message : error})`)
    return { ok: false, status: 503, message: "" }
  }
  const body = (await res.json().catch(() => ({}))) as Record<string, unknown>
  if (!res.ok) {
    return {
      ok: false,
      status: res.status,
      message: typeof body.message === "string" ? body.message : "",
      code: typeof body.code === "string" ? body.code : undefined,
    }
  }
  return { ok: true, status: res.status, data: body as T }
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

export type SellerMe = {
  seller: { id: string; email: string; name: string; role: string }
  msme: {
    id: string
    name: string
    handle: string
    status: string
    sector: string
    kecamatan: string
    permits?: {
      id: string
      type: string
      number: string
      status: string
      expires_at: string | null
      rejection_reason: string | null
    }[]
  }
}

export type SellerProductRow = {
  id: string
  handle: string
  title: string
  status: string
  thumbnail: string | null
  curation: { status: string; notes: string | null }
}

export type SellerProductView = {
  id: string
  handle: string
  status: string
  images: { url: string; upload_id: string | null }[]
  product: SellerProductBody
  curation: {
    status: string
    notes: string | null
    revision: { status: string; notes: string | null } | null
  }
}

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
    const answer = await callMedusa<{ upload: { id: string } }>("/seller/me/uploads?kind=photo", { token, body: data })
    if (!answer.ok) return { ok: false, message: `${file.name}: ${answer.message}`, ids }
    ids.push(answer.data.upload.id)
  }
  return { ok: true, ids }
}
