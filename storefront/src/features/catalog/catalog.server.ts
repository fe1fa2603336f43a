import { MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY } from "astro:env/server"
import Medusa from "@medusajs/js-sdk"
import { DEFAULT_REGION, type Locale, MEDUSA_LOCALE } from "../../i18n/ui"

/** Server-only access to Medusa's Store API. Nothing here reaches the browser. */
const sdk = new Medusa({ baseUrl: MEDUSA_BACKEND_URL, publishableKey: MEDUSA_PUBLISHABLE_KEY })

/** Medusa could not be reached or answered with a server error: pages answer 503. */
export class CatalogUnavailable extends Error {}

async function guard<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    // A missing product is a 404 for the page; anything else (Medusa down, misconfigured key) is a 503.
    if ((error as { status?: number }).status === 404) throw error
    console.error(`[storefront] Store API call failed: ${error instanceof Error ? error.message : String(error)}`)
    throw new CatalogUnavailable(error instanceof Error ? error.message : String(error))
  }
}

export type Price = { amount: number; currency: string }
export type CatalogProduct = {
  id: string
  handle: string
  title: string
  description: string
  thumbnail: string | null
  images: string[]
  variants: { id: string; title: string; price: Price | null; inStock: boolean }[]
}

type StoreVariant = {
  id: string
  title: string | null
  inventory_quantity?: number | null
  manage_inventory?: boolean | null
  calculated_price?: { calculated_amount: number | null; currency_code: string | null } | null
}
type StoreProduct = {
  id: string
  handle: string
  title: string
  description: string | null
  thumbnail: string | null
  images?: { url: string }[] | null
  variants?: StoreVariant[] | null
}

const FIELDS =
  "id,handle,title,description,thumbnail,*images,*variants,*variants.calculated_price,+variants.inventory_quantity"

function toProduct(p: StoreProduct): CatalogProduct {
  return {
    id: p.id,
    handle: p.handle,
    title: p.title,
    description: p.description ?? "",
    thumbnail: p.thumbnail,
    images: (p.images ?? []).map((i) => i.url),
    variants: (p.variants ?? []).map((v) => ({
      id: v.id,
      title: v.title ?? "",
      price:
        v.calculated_price?.calculated_amount != null && v.calculated_price.currency_code
          ? { amount: v.calculated_price.calculated_amount, currency: v.calculated_price.currency_code }
          : null,
      inStock: !v.manage_inventory || (v.inventory_quantity ?? 0) > 0,
    })),
  }
}

let regionCache: { at: number; ids: Record<string, string> } | null = null

async function regionId(locale: Locale): Promise<string | undefined> {
  if (!regionCache || Date.now() - regionCache.at > 300_000) {
    const { regions } = await guard(() => sdk.store.region.list({ limit: 20 }))
    regionCache = { at: Date.now(), ids: Object.fromEntries(regions.map((r) => [r.name, r.id])) }
  }
  return regionCache.ids[DEFAULT_REGION[locale]]
}

export async function featuredProducts(locale: Locale, sector: "craft" | "culinary"): Promise<CatalogProduct[]> {
  const { collections } = await guard(() => sdk.store.collection.list({ handle: `featured-${sector}`, limit: 1 }))
  const collection = collections[0]
  if (!collection) return []
  const region_id = await regionId(locale)
  const { products } = await guard(() =>
    sdk.store.product.list({
      collection_id: [collection.id],
      region_id,
      fields: FIELDS,
      limit: 12,
      locale: MEDUSA_LOCALE[locale],
    } as Parameters<typeof sdk.store.product.list>[0]),
  )
  return (products as unknown as StoreProduct[]).map(toProduct)
}

export async function productByHandle(locale: Locale, handle: string): Promise<CatalogProduct | null> {
  const region_id = await regionId(locale)
  const { products } = await guard(() =>
    sdk.store.product.list({ handle, region_id, fields: FIELDS, limit: 1, locale: MEDUSA_LOCALE[locale] } as Parameters<
      typeof sdk.store.product.list
    >[0]),
  )
  const product = (products as unknown as StoreProduct[])[0]
  return product ? toProduct(product) : null
}

export type GalleryDetails = {
  msme: {
    handle: string
    name: string
    kecamatan: string
    desa: string
    story_id: string
    story_en: string
    verified_permits: { type: string; number: string }[]
  }
  profile: {
    origin_kecamatan: string
    material: string | null
    export_ready: boolean
    hs_code: string | null
    moq: number | null
    moq_unit: string | null
    lead_time_days: number | null
  } | null
}

export async function galleryDetails(handle: string): Promise<GalleryDetails | null> {
  try {
    return await guard(() => sdk.client.fetch<GalleryDetails>(`/store/gallery/products/${encodeURIComponent(handle)}`))
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null
    throw error
  }
}

/** What a page needs, with the HTTP status and cache headers it must answer with (set in the page, before streaming). */
export type PageLoad<T> =
  | { status: 200; headers: Record<string, string>; data: T }
  | { status: 404 | 503; headers: Record<string, string>; data: null }

const CACHEABLE = { "Cache-Control": "public, max-age=60, stale-while-revalidate=300" }
const UNAVAILABLE = { status: 503 as const, headers: { "Retry-After": "60", "Cache-Control": "no-store" }, data: null }

export type HomeData = { craft: CatalogProduct[]; culinary: CatalogProduct[] }

export async function loadHome(locale: Locale): Promise<PageLoad<HomeData>> {
  try {
    const [craft, culinary] = await Promise.all([
      featuredProducts(locale, "craft"),
      featuredProducts(locale, "culinary"),
    ])
    return { status: 200, headers: CACHEABLE, data: { craft, culinary } }
  } catch (error) {
    if (error instanceof CatalogUnavailable) return UNAVAILABLE
    throw error
  }
}

export type ProductData = { product: CatalogProduct; details: GalleryDetails | null }

export async function loadProduct(locale: Locale, handle: string): Promise<PageLoad<ProductData>> {
  try {
    const [product, details] = await Promise.all([productByHandle(locale, handle), galleryDetails(handle)])
    if (!product) return { status: 404, headers: { "Cache-Control": "public, max-age=30" }, data: null }
    return { status: 200, headers: CACHEABLE, data: { product, details } }
  } catch (error) {
    if (error instanceof CatalogUnavailable) return UNAVAILABLE
    throw error
  }
}
