import { createHash } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules, ProductStatus } from "@medusajs/framework/utils"
import { STOCK_LOCATION_NAME } from "../../lib/gallery-location"
import { type ImageMetadata, primaryImageUrl } from "../../lib/images/store"
import { CONSIGNMENT_MODULE } from "../../modules/consignment"
import type ConsignmentModuleService from "../../modules/consignment/service"
import { SELLER_MODULE } from "../../modules/seller"
import type SellerModuleService from "../../modules/seller/service"
import type {
  GalleryProductFields,
  GalleryProductPlan,
  GalleryProductProfile,
  GalleryVariantInput,
} from "../../types/product/workflow"
import type { SellerProductBody } from "../../types/seller/http"
import { workshopLocationOf } from "../consignment/locations"

/** The option every seller product varies by: the variant's name. */
export const VARIANT_OPTION = "Varian"

/** Where the gallery sells and keeps stock: the store's sales channel, shipping profile and stock location. */
export type GalleryDefaults = { sales_channel_id: string; shipping_profile_id: string; stock_location_id: string }

export async function galleryDefaults(container: MedusaContainer): Promise<GalleryDefaults> {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { take: 1 })
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" }, { take: 1 })
  const [location] = await container
    .resolve(Modules.STOCK_LOCATION)
    .listStockLocations({ name: STOCK_LOCATION_NAME }, { take: 1 })
  if (!store?.default_sales_channel_id || !profile || !location) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      "The gallery's store is not set up yet (sales channel, shipping profile, stock location): run the seed first.",
    )
  }
  return {
    sales_channel_id: store.default_sales_channel_id,
    shipping_profile_id: profile.id,
    stock_location_id: location.id,
  }
}

/** The seller's own photos, in the order given; any id that is not theirs is refused by name. */
export async function ownPhotos(
  container: MedusaContainer,
  msmeId: string,
  ids: string[],
): Promise<(ImageMetadata & { upload_id: string })[]> {
  const sellers: SellerModuleService = container.resolve(SELLER_MODULE)
  const found = await sellers.listSellerUploads({ id: ids, msme_id: msmeId, kind: "photo" })
  const byId = new Map(found.map((u) => [u.id, { ...(u.image as unknown as ImageMetadata), upload_id: u.id }]))
  const missing = ids.filter((id) => !byId.has(id))
  if (missing.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `These photos are not among your uploads: ${missing.join(", ")}. Upload them first (POST /seller/me/uploads).`,
    )
  }
  return ids.map((id) => byId.get(id)!)
}

/** The category by handle; sellers list under the gallery's categories only. */
export async function categoryId(container: MedusaContainer, handle: string): Promise<string> {
  const [category] = await container.resolve(Modules.PRODUCT).listProductCategories({ handle }, { take: 1 })
  if (!category) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `There is no category "${handle}": choose one of the list.`)
  }
  return category.id
}

/** A URL-safe, readable slug (accents dropped). */
export const slug = (text: string, max = 60) =>
  text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, max)

/** A readable, unique product handle: the Indonesian name and the MSME's handle, a short suffix when taken. */
export async function productHandle(container: MedusaContainer, title: string, msmeHandle: string): Promise<string> {
  const base = `${slug(title) || "produk"}-${msmeHandle}`.slice(0, 110)
  const products = container.resolve(Modules.PRODUCT)
  if (!(await products.listProducts({ handle: base }, { take: 1, withDeleted: true })).length) return base
  return `${base}-${Date.now().toString(36).slice(-5)}`
}

/** SKUs the seller did not give: from the product's handle, unique per product. */
export function skuFor(given: string | undefined, number: number | string, handle: string): string {
  if (given) return given
  // a readable start and a hash of the whole (unique) handle: long names shared by two MSMEs never collide
  const stem = handle
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "-")
    .slice(0, 24)
    .replace(/-$/, "")
  const tag = createHash("sha256").update(handle).digest("hex").slice(0, 6).toUpperCase()
  return `${stem}-${tag}-${number}`
}

export type ExistingVariant = { id: string; sku: string | null; title: string }

/** A product's photos as the product module keeps them: the first is the thumbnail, each image with its variants. */
export function photoFields(images: ImageMetadata[]): Pick<GalleryProductFields, "thumbnail" | "images"> {
  return {
    thumbnail: primaryImageUrl(images[0]!),
    images: images.map((image, rank) => ({ url: primaryImageUrl(image, 960), rank, metadata: image })),
  }
}

/** What the product module gets for a seller's product (created as draft: only curation publishes). */
export function productFields(
  body: SellerProductBody,
  images: ImageMetadata[],
  category: string,
): GalleryProductFields {
  return {
    title: body.title.id,
    description: body.description.id,
    material: body.material.id,
    weight: body.weight_g,
    origin_country: "id",
    ...photoFields(images),
    category_ids: [category],
  }
}

/** The one option of a new seller product: its variants' names. */
export const productOptions = (body: SellerProductBody) => [
  { title: VARIANT_OPTION, values: body.variants.map((v) => v.title.id) },
]

export type VariantInput = GalleryVariantInput

/**
 * What shipping is priced by, on each variant (Medusa's fulfillment providers see variants): the
 * packed weight and size when the export profile gives them, else the product's own weight.
 */
export function shippingFields(
  weightG: number,
  e: SellerProductBody["export"] | null | undefined,
): Pick<VariantInput, "weight" | "length" | "width" | "height"> {
  const packed = e?.packed
  return {
    weight: packed?.weight_kg ? Math.round(packed.weight_kg * 1000) : weightG,
    length: packed?.length_cm ?? null,
    width: packed?.width_cm ?? null,
    height: packed?.height_cm ?? null,
  }
}

/**
 * The variants as the product module takes them. Variants are matched to the product's existing ones
 * by their Indonesian name (their option value): matched ones keep their id, option value and (unless
 * the seller gives another) SKU, and change prices, stock and English name; new names become new
 * variants (their option values are added to the product first, see applySellerProductWorkflow); names
 * left out remove those variants.
 */
export function variantFields(body: SellerProductBody, handle: string, existing?: ExistingVariant[]): VariantInput[] {
  return body.variants.map((v, i) => {
    const match = existing?.find((e) => e.title.toLowerCase() === v.title.id.toLowerCase())
    const prices = (["idr", "usd", "sgd", "myr"] as const)
      .filter((c) => v.prices[c] !== undefined)
      .map((c) => ({ currency_code: c, amount: v.prices[c]! }))
    if (match) {
      return {
        id: match.id,
        title: match.title,
        sku: v.sku ?? match.sku ?? skuFor(undefined, i + 1, handle),
        manage_inventory: true,
        prices,
        ...shippingFields(body.weight_g, body.export),
      }
    }
    return {
      title: v.title.id,
      // a new variant of a listed product: numbered by when it was added, so it never meets an earlier SKU
      sku: skuFor(v.sku, existing ? `${Date.now().toString(36).toUpperCase()}${i + 1}` : i + 1, handle),
      manage_inventory: true,
      options: { [VARIANT_OPTION]: v.title.id },
      prices,
      ...shippingFields(body.weight_g, body.export),
    }
  })
}

export function profileFields(
  body: Pick<SellerProductBody, "material" | "export">,
  kecamatan: string,
): GalleryProductProfile {
  const e = body.export ?? null
  return {
    origin_kecamatan: kecamatan,
    material: body.material.id,
    export_ready: Boolean(e),
    hs_code: e?.hs_code ?? null,
    moq: e?.moq ?? null,
    moq_unit: e?.moq_unit ?? null,
    lead_time_days: e?.lead_time_days ?? null,
    capacity_per_month: e?.capacity_per_month ?? null,
    packed_length_cm: e?.packed?.length_cm ?? null,
    packed_width_cm: e?.packed?.width_cm ?? null,
    packed_height_cm: e?.packed?.height_cm ?? null,
    packed_weight_kg: e?.packed?.weight_kg ?? null,
    shelf_life_months: e?.shelf_life_months ?? null,
  }
}

/** A product of the MSME, or 404: the same answer whether it does not exist or belongs to another MSME. */
export async function ownProduct(container: MedusaContainer, msmeId: string, productId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "handle",
      "title",
      "status",
      "variants.id",
      "variants.sku",
      "variants.title",
      "msme.id",
      "product_curation.*",
    ],
    filters: { id: productId },
  })
  const product = data[0] as unknown as
    | {
        id: string
        handle: string
        title: string
        status: string
        variants: ExistingVariant[]
        msme?: { id: string } | null
        product_curation?: { id: string; status: string; revision_status: string | null } | null
      }
    | undefined
  if (!product || product.msme?.id !== msmeId) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${productId} was not found among your products`)
  }
  return product
}

export const DRAFT = ProductStatus.DRAFT

/** A seller's body planned as a gallery product, with where the gallery keeps its stock. */
export type SellerProductPlan = GalleryProductPlan & {
  location_id: string
  /**
   * A live product on the gallery's shelf: its stock is the gallery's count (goods received, stock
   * counts), so a seller's save does not overwrite it; new variants still get the stock given.
   */
  keep_stock: boolean
}

/**
 * Everything a seller's product body turns into, checked against the database first: the photos are
 * the MSME's own, the category exists, the store is set up. A body that fails here writes nothing.
 */
export async function planSellerProduct(
  container: MedusaContainer,
  msme: { id: string; handle: string; kecamatan?: unknown },
  body: SellerProductBody,
  existing?: { id?: string; handle: string; status?: string; variants: ExistingVariant[] },
): Promise<SellerProductPlan & { defaults: GalleryDefaults }> {
  const [images, category, defaults] = await Promise.all([
    ownPhotos(container, msme.id, body.image_ids),
    categoryId(container, body.category),
    galleryDefaults(container),
  ])
  const handle = existing?.handle ?? (await productHandle(container, body.title.id, msme.handle))
  return {
    handle,
    defaults,
    msme_id: msme.id,
    ...(existing?.id
      ? await stockLocationOf(container, existing.id, msme.id, defaults, existing.status === ProductStatus.PUBLISHED)
      : { location_id: defaults.stock_location_id, keep_stock: false }),
    fields: productFields(body, images, category),
    options: productOptions(body),
    variants: variantFields(body, handle, existing?.variants),
    profile: profileFields(body, String(msme.kecamatan ?? "")),
    ...stockAndEnglish(body),
  }
}

/**
 * Where a product's stock is kept: its MSME's workshop when it ships from there (the MSME's count),
 * else the gallery's shelf, whose count of a live product is the gallery's to keep.
 */
async function stockLocationOf(
  container: MedusaContainer,
  productId: string,
  msmeId: string,
  defaults: GalleryDefaults,
  live: boolean,
): Promise<{ location_id: string; keep_stock: boolean }> {
  const holding = (await (container.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).holdings([productId])).get(
    productId,
  )
  return holding?.mode === "workshop"
    ? { location_id: await workshopLocationOf(container, msmeId), keep_stock: false }
    : { location_id: defaults.stock_location_id, keep_stock: live }
}

type Bilingual = { id: string; en: string }

/** Stock by the variant's Indonesian name, and the English text, of a product written in both languages. */
export function stockAndEnglish(p: {
  title: Bilingual
  description: Bilingual
  material: Bilingual
  variants: { title: Bilingual; stock: number }[]
}): Pick<GalleryProductPlan, "stock" | "english"> {
  return {
    stock: Object.fromEntries(p.variants.map((v) => [v.title.id, v.stock])),
    english: {
      title: p.title.en,
      description: p.description.en,
      material: p.material.en,
      variants: Object.fromEntries(p.variants.map((v) => [v.title.id, v.title.en])),
    },
  }
}
