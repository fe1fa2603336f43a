import { MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY } from "astro:env/server"
import Medusa from "@medusajs/js-sdk"

/** Server-side Store API client. Only the publishable key (public by design) is ever given to browsers. */
export const sdk = new Medusa({ baseUrl: MEDUSA_BACKEND_URL, publishableKey: MEDUSA_PUBLISHABLE_KEY })

export const storeConfig = { backendUrl: MEDUSA_BACKEND_URL, publishableKey: MEDUSA_PUBLISHABLE_KEY ?? "" }

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

export const CACHEABLE = { "Cache-Control": "public, max-age=60, stale-while-revalidate=300", Vary: "Cookie" }
const UNAVAILABLE = { status: 503 as const, headers: { "Retry-After": "60", "Cache-Control": "no-store" }, data: null }
const NOT_FOUND = { status: 404 as const, headers: { "Cache-Control": "public, max-age=30" }, data: null }

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
