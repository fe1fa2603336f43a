import { MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY } from "astro:env/server"
import Medusa from "@medusajs/js-sdk"
import { catalogCache } from "./catalog-cache.server"
import { currentRequestId, REQUEST_ID_HEADER, requestIdHeaders } from "./request-id"

/**
 * Server-side Store API client. Only the publishable key (public by design) is ever given to browsers.
 * The SDK copies its global headers on every call, so the getter sends the id of the request being
 * served (src/lib/request-id.ts); null, outside a request, sends no header.
 */
export const sdk = new Medusa({
  baseUrl: MEDUSA_BACKEND_URL,
  publishableKey: MEDUSA_PUBLISHABLE_KEY,
  globalHeaders: {
    get [REQUEST_ID_HEADER]() {
      return currentRequestId()
    },
  },
})

export const storeConfig = { backendUrl: MEDUSA_BACKEND_URL, publishableKey: MEDUSA_PUBLISHABLE_KEY ?? "" }

/** A call to the gallery's own routes: the data, or Medusa's status and words (its message, code and field errors). */
export type Answer<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; message: string; code?: string; errors?: { field: string; message: string }[] }

/**
 * The storefront's one client for the gallery's own routes (/seller/*, /store/inquiries*): the same
 * base URL and publishable key as the SDK above, with the caller's token, address and language.
 * It answers instead of throwing, and keeps what the SDK's FetchError drops: Medusa's error `code`
 * (a weak password, say) and the field `errors` a form shows next to its fields. Medusa being
 * unreachable is a 503 with no message (the page says so in the buyer's language).
 */
export async function callMedusa<T>(
  path: string,
  init: { method?: string; token?: string | null; body?: unknown; clientIp?: string; locale?: string } = {},
): Promise<Answer<T>> {
  const multipart = init.body instanceof FormData
  let res: Response
  try {
    res = await fetch(`${MEDUSA_BACKEND_URL}${path}`, {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers: {
        ...(multipart ? {} : { "content-type": "application/json" }),
        ...(path.startsWith("/store/") ? { "x-publishable-api-key": MEDUSA_PUBLISHABLE_KEY ?? "" } : {}),
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
        ...(init.locale ? { "accept-language": init.locale } : {}),
        ...requestIdHeaders(),
        // the buyer's or seller's own address (server.mjs worked it out), for Medusa's per-person limits
        ...(init.clientIp ? { "x-forwarded-for": init.clientIp } : {}),
      },
      body: init.body === undefined ? undefined : multipart ? (init.body as FormData) : JSON.stringify(init.body),
    })
  } catch (error) {
    console.error(
      `[storefront] ${path}: Medusa unreachable (${error instanceof Error ? error.message : String(error)})`,
    )
    return { ok: false, status: 503, message: "" }
  }
  const body = (await res.json().catch(() => ({}))) as Record<string, unknown>
  // an MSME changed its own products here: this storefront's next pages read them afresh at once
  // (other storefronts drop theirs when Medusa's catalog version moves)
  if (res.ok && path.startsWith("/seller/") && (init.method ?? (init.body === undefined ? "GET" : "POST")) !== "GET")
    catalogCache.drop()
  if (!res.ok) {
    return {
      ok: false,
      status: res.status,
      message: typeof body.message === "string" ? body.message : "",
      code: typeof body.code === "string" ? body.code : undefined,
      errors: Array.isArray(body.errors) ? (body.errors as { field: string; message: string }[]) : undefined,
    }
  }
  return { ok: true, status: res.status, data: body as T }
}

/** Medusa could not be reached or answered with an error we cannot show as "not found": pages answer 503. */
export class CatalogUnavailable extends Error {}

export class NotFound extends Error {}

export async function guard<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    if ((error as { status?: number }).status === 404) throw new NotFound(String(error))
    console.error(`[storefront] Store API call failed: ${error instanceof Error ? error.message : String(error)}`)
    throw new CatalogUnavailable(error instanceof Error ? error.message : String(error))
  }
}

/** The HTTP answer of a page: status and headers are set in the page before anything streams. */
export type PageLoad<T> =
  | { status: 200; headers: Record<string, string>; data: T }
  | { status: 404 | 503; headers: Record<string, string>; data: null }

/**
 * Catalog pages may be kept by browsers and proxies for a second only: the storefront's own catalog
 * cache (./catalog-cache.ts) already makes a fresh page cheap, and a curator's decision or a price
 * change must reach buyers within two seconds.
 */
export const CACHEABLE = { "Cache-Control": "public, max-age=1, stale-while-revalidate=1", Vary: "Cookie" }
const UNAVAILABLE = { status: 503 as const, headers: { "Retry-After": "60", "Cache-Control": "no-store" }, data: null }
const NOT_FOUND = { status: 404 as const, headers: { "Cache-Control": "public, max-age=1" }, data: null }

/** Runs a page's loads and turns "not found" and "Medusa down" into the right answer. */
export async function loadPage<T>(load: () => Promise<T | null>, headers = CACHEABLE): Promise<PageLoad<T>> {
  try {
    const data = await load()
    return data === null ? NOT_FOUND : { status: 200, headers, data }
  } catch (error) {
    if (error instanceof NotFound) return NOT_FOUND
    if (error instanceof CatalogUnavailable) return UNAVAILABLE
    throw error
  }
}
