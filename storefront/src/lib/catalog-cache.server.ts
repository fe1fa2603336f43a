import { MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY } from "astro:env/server"
import type { StoreCatalogVersionResponse } from "@galeri/commerce/contracts"
import { CatalogCache } from "./catalog-cache"
import { currentRequestContext } from "./request-id"

/** The storefront's one catalog cache (./catalog-cache.ts), on globalThis so every bundle chunk shares it. */
const KEY = Symbol.for("galeri.storefront.catalog-cache")
const holder = globalThis as { [KEY]?: CatalogCache }
export const catalogCache: CatalogCache =
  holder[KEY] ??
  new CatalogCache(async () => {
    const res = await fetch(`${MEDUSA_BACKEND_URL}/store/gallery/catalog-version`, {
      headers: { "x-publishable-api-key": MEDUSA_PUBLISHABLE_KEY ?? "" },
      signal: AbortSignal.timeout(3000),
    })
    if (!res.ok) throw new Error(`catalog version: ${res.status}`)
    return ((await res.json()) as StoreCatalogVersionResponse).version
  })
holder[KEY] = catalogCache

/** One version check per page request, shared by all of that page's reads. */
const perRequest = new WeakMap<object, Promise<number | null>>()

/**
 * A catalog read, cached at the catalog's current version. `key` names everything the read depends
 * on (locale, region, handle, page ...).
 */
export async function cachedRead<T>(key: string, load: () => Promise<T>): Promise<T> {
  const context = currentRequestContext()
  let version = context ? perRequest.get(context) : undefined
  if (!version) {
    version = catalogCache.check()
    if (context) perRequest.set(context, version)
  }
  return catalogCache.read(key, await version, load)
}
