import type {
  ExportProfile,
  ProductMaker,
  PublicPermit,
  StoreCategoryCoversResponse,
  StoreGalleryProductResponse,
  StoreMsmeListResponse,
  StoreMsmeProfile,
  StoreMsmeResponse,
  StoreProductMakersResponse,
} from "@galeri/commerce/contracts"
import { type Locale, MEDUSA_LOCALE } from "../../i18n/ui"
import { cachedRead } from "../../lib/catalog-cache.server"
import { guard, sdk } from "../../lib/medusa.server"
import type { Region } from "../region/region.server"

export type Price = { amount: number; currency: string; original?: number }
export type ImageSources = {
  url: string
  width: number
  height: number
  placeholder?: string
  avif: Record<string, string>
  webp: Record<string, string>
}
export type Variant = { id: string; title: string; sku: string | null; price: Price | null; stock: number | null }
export type CatalogProduct = {
  id: string
  handle: string
  title: string
  description: string
  /** in the page's language (the product's translation) */
  material: string | null
  thumbnail: string | null
  images: ImageSources[]
  categories: { handle: string; name: string }[]
  option: { title: string; values: string[] } | null
  variants: Variant[]
  created_at: string
  /** the MSME that makes it, as cards show it (null: not known) */
  maker: ProductMaker | null
}

type StoreImage = { url: string; metadata?: Record<string, unknown> | null }
type StoreVariant = {
  id: string
  title: string | null
  sku: string | null
  inventory_quantity?: number | null
  manage_inventory?: boolean | null
  calculated_price?: {
    calculated_amount: number | null
    original_amount: number | null
    currency_code: string | null
  } | null
}
type StoreProduct = {
  id: string
  handle: string
  title: string
  description: string | null
  material?: string | null
  thumbnail: string | null
  created_at: string
  images?: StoreImage[] | null
  categories?: { handle: string; name: string }[] | null
  options?: { title: string; values?: { value: string }[] }[] | null
  variants?: StoreVariant[] | null
}

const FIELDS =
  "id,handle,title,description,material,thumbnail,created_at,*images,*categories,*options,*options.values,*variants,*variants.calculated_price,+variants.inventory_quantity"

function toImage(image: StoreImage): ImageSources {
  const meta = (image.metadata ?? {}) as {
    width?: number
    height?: number
    placeholder?: string
    variants?: { avif?: Record<string, string>; webp?: Record<string, string> }
  }
  return {
    url: image.url,
    width: meta.width ?? 960,
    height: meta.height ?? 960,
    placeholder: meta.placeholder,
    avif: meta.variants?.avif ?? {},
    webp: meta.variants?.webp ?? {},
  }
}

function toProduct(p: StoreProduct): CatalogProduct {
  const option = p.options?.[0]
  return {
    id: p.id,
    handle: p.handle,
    title: p.title,
    description: p.description ?? "",
    material: p.material ?? null,
    thumbnail: p.thumbnail,
    created_at: p.created_at,
    images: (p.images ?? []).map(toImage),
    categories: (p.categories ?? []).map((c) => ({ handle: c.handle, name: c.name })),
    option:
      option && (p.variants?.length ?? 0) > 1
        ? { title: option.title, values: (option.values ?? []).map((v) => v.value) }
        : null,
    variants: (p.variants ?? []).map((v) => ({
      id: v.id,
      title: v.title ?? "",
      sku: v.sku,
      price:
        v.calculated_price?.calculated_amount != null && v.calculated_price.currency_code
          ? {
              amount: v.calculated_price.calculated_amount,
              currency: v.calculated_price.currency_code,
              original: v.calculated_price.original_amount ?? undefined,
            }
          : null,
      stock: v.manage_inventory ? Math.max(0, v.inventory_quantity ?? 0) : null,
    })),
    maker: null,
  }
}

type ListQuery = Parameters<typeof sdk.store.product.list>[0] & { locale?: string }

async function listProducts(
  locale: Locale,
  region: Region,
  query: ListQuery,
  { makers: withMakers = true } = {},
): Promise<CatalogProduct[]> {
  const { products } = await guard(() =>
    sdk.store.product.list({
      ...query,
      region_id: region.id,
      fields: FIELDS,
      locale: MEDUSA_LOCALE[locale],
    } as ListQuery),
  )
  const found = (products as unknown as StoreProduct[]).map(toProduct)
  if (!found.length || !withMakers) return found
  // the Store API's product fields do not reach our links: the makers come from the gallery's route
  const ids = new URLSearchParams({ ids: found.map((p) => p.id).join(",") })
  const { makers } = await guard(() => sdk.client.fetch<StoreProductMakersResponse>(`/store/gallery/makers?${ids}`))
  return found.map((p) => ({ ...p, maker: makers[p.id] ?? null }))
}

export function featuredProducts(locale: Locale, region: Region, sector: "craft" | "culinary") {
  return cachedRead(`featured:${locale}:${region.id}:${sector}`, () => loadFeatured(locale, region, sector))
}

async function loadFeatured(locale: Locale, region: Region, sector: "craft" | "culinary") {
  const { collections } = await guard(() =>
    sdk.store.collection.list({ handle: `featured-${sector}`, limit: 1, fields: "id,handle,metadata" }),
  )
  const collection = collections[0]
  if (!collection) return []
  // in the order the staff arranged in Medusa Admin (kept in the collection's metadata)
  const order = ((collection.metadata as { product_order?: string[] } | null)?.product_order ?? []) as string[]
  const place = (id: string) => (order.includes(id) ? order.indexOf(id) : Number.MAX_SAFE_INTEGER)
  const products = await listProducts(locale, region, { collection_id: [collection.id], limit: 12 })
  return products.sort((a, b) => place(a.id) - place(b.id))
}

export function productByHandle(locale: Locale, region: Region, handle: string) {
  return cachedRead(
    `product:${locale}:${region.id}:${handle}`,
    // the product page names its maker from galleryDetails
    async () => (await listProducts(locale, region, { handle, limit: 1 }, { makers: false }))[0] ?? null,
  )
}

export type Category = { id: string; handle: string; name: string; description: string; sector: "craft" | "culinary" }

export function listCategories(locale: Locale): Promise<Category[]> {
  return cachedRead(`categories:${locale}`, () => loadCategories(locale))
}

async function loadCategories(locale: Locale): Promise<Category[]> {
  const { product_categories } = await guard(() =>
    sdk.store.category.list({
      limit: 100,
      fields: "id,handle,name,description,metadata",
      locale: MEDUSA_LOCALE[locale],
    } as Parameters<typeof sdk.store.category.list>[0]),
  )
  return product_categories.map((c) => ({
    id: c.id,
    handle: c.handle,
    name: c.name,
    description: c.description ?? "",
    sector: ((c.metadata as { sector?: string } | null)?.sector === "culinary"
      ? "culinary"
      : "craft") as Category["sector"],
  }))
}

export const SORTS = ["newest", "price_asc", "price_desc", "name"] as const
export type Sort = (typeof SORTS)[number]
export const PAGE_SIZE = 12

type Listing = { products: CatalogProduct[]; count: number }
type ListingArgs = [locale: Locale, region: Region, by: { category?: string; msme?: string }, sort: Sort, page: number]

/** One page of a category's or MSME's products, in the buyer's sort order and currency. */
export function listingPage(...args: ListingArgs): Promise<Listing> {
  const [locale, region, by, sort, page] = args
  return cachedRead(`listing:${locale}:${region.id}:${by.category ?? ""}:${by.msme ?? ""}:${sort}:${page}`, () =>
    loadListingPage(...args),
  )
}

async function loadListingPage(...[locale, region, by, sort, page]: ListingArgs): Promise<Listing> {
  const params = new URLSearchParams({
    sort,
    currency_code: region.currency_code,
    limit: String(PAGE_SIZE),
    offset: String((page - 1) * PAGE_SIZE),
    ...(by.category ? { category: by.category } : {}),
    ...(by.msme ? { msme: by.msme } : {}),
  })
  const { ids, count } = await guard(() =>
    sdk.client.fetch<{ ids: string[]; count: number }>(`/store/gallery/listing?${params}`),
  )
  if (!ids.length) return { products: [], count }
  const products = await listProducts(locale, region, { id: ids, limit: ids.length })
  const byId = new Map(products.map((p) => [p.id, p]))
  return { products: ids.map((id) => byId.get(id)).filter((p): p is CatalogProduct => Boolean(p)), count }
}

export type Permit = PublicPermit
export type MsmeProfile = StoreMsmeProfile
export type { ExportProfile }
export type GalleryDetails = StoreGalleryProductResponse

export function galleryDetails(handle: string): Promise<GalleryDetails> {
  return cachedRead(`gallery:${handle}`, () =>
    guard(() => sdk.client.fetch<GalleryDetails>(`/store/gallery/products/${encodeURIComponent(handle)}`)),
  )
}

export function msmeProfile(handle: string): Promise<MsmeProfile> {
  return cachedRead(`msme:${handle}`, async () => {
    const { msme } = await guard(() =>
      sdk.client.fetch<StoreMsmeResponse>(`/store/gallery/msmes/${encodeURIComponent(handle)}`),
    )
    return msme
  })
}

export type CategoryCovers = StoreCategoryCoversResponse["covers"]

/** Each category's published products counted and its newest one's picture (the home page's category tiles). */
export function categoryCovers(): Promise<CategoryCovers> {
  return cachedRead("category-covers", async () => {
    const { covers } = await guard(() =>
      sdk.client.fetch<StoreCategoryCoversResponse>("/store/gallery/category-covers"),
    )
    return covers
  })
}

/** These MSMEs' profiles, in this order; one that is not active (or not there) is left out. */
export async function spotlightMsmes(handles: string[]): Promise<MsmeProfile[]> {
  const found = await Promise.all(handles.map((h) => msmeProfile(h).catch(() => null)))
  return found.filter((m): m is MsmeProfile => Boolean(m))
}

export const DIRECTORY_PAGE_SIZE = 24
export type DirectoryFilters = { kecamatan?: string; craft?: string }
export type Directory = StoreMsmeListResponse

/** A page of the MSME directory (active MSMEs by name), filtered by kecamatan and craft, with its map's counts. */
export function msmeDirectory(filters: DirectoryFilters, page: number): Promise<Directory> {
  return cachedRead(`directory:${filters.kecamatan ?? ""}:${filters.craft ?? ""}:${page}`, () => {
    const params = new URLSearchParams({
      order: "name",
      limit: String(DIRECTORY_PAGE_SIZE),
      offset: String((page - 1) * DIRECTORY_PAGE_SIZE),
      ...(filters.kecamatan ? { kecamatan: filters.kecamatan } : {}),
      ...(filters.craft ? { craft: filters.craft } : {}),
    })
    return guard(() => sdk.client.fetch<StoreMsmeListResponse>(`/store/gallery/msmes?${params}`))
  })
}

export function lowestPrice(product: CatalogProduct): Price | null {
  const prices = product.variants.map((v) => v.price).filter((p): p is Price => Boolean(p))
  return prices.sort((a, b) => a.amount - b.amount)[0] ?? null
}
