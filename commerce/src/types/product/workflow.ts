import type { ImageMetadata } from "../../lib/images/store"

/** What the product module gets for a gallery product (always created as a draft: only curation publishes). */
export type GalleryProductFields = {
  title: string
  description: string
  material: string
  weight: number
  origin_country: string
  thumbnail: string
  images: { url: string; rank: number; metadata: ImageMetadata }[]
  category_ids: string[]
  /** a featured collection (the seed's featured demo products; staff feature the others in Admin) */
  collection_id?: string
}

export type GalleryVariantInput = {
  id?: string
  title: string
  sku: string
  manage_inventory: true
  options?: Record<string, string>
  prices: { currency_code: string; amount: number }[]
  /** what one piece weighs packed (grams) and its packed size (cm): what shipping is priced by */
  weight?: number
  length?: number | null
  width?: number | null
  height?: number | null
}

/** The product's origin and export profile (the msme module's product profile). */
export type GalleryProductProfile = {
  origin_kecamatan: string
  material: string
  export_ready: boolean
  hs_code: string | null
  moq: number | null
  moq_unit: string | null
  lead_time_days: number | null
  capacity_per_month: number | null
  packed_length_cm: number | null
  packed_width_cm: number | null
  packed_height_cm: number | null
  packed_weight_kg: number | null
  shelf_life_months: number | null
}

/** The English text of a product: title, description, material, and variant names by Indonesian name. */
export type GalleryProductEnglish = {
  title: string
  description: string
  material: string
  variants: Record<string, string>
}

/**
 * One gallery product, planned: everything the create and apply workflows write. Sellers' bodies
 * and the demo catalog are both turned into this (workflows/product/plan.ts planSellerProduct, the
 * seed's demoProductPlan), and one workflow makes products from it.
 */
export type GalleryProductPlan = {
  handle: string
  msme_id: string
  fields: GalleryProductFields
  options: { title: string; values: string[] }[]
  variants: GalleryVariantInput[]
  profile: GalleryProductProfile
  /** stock at the gallery by the variant's Indonesian name */
  stock: Record<string, number>
  english: GalleryProductEnglish
}

/** Where the gallery sells and keeps stock. */
export type GalleryPlace = { sales_channel_id: string; shipping_profile_id: string; location_id: string }

/** Input of the create-gallery-products workflow: one product (a seller's) or a batch (the seed's). */
export type CreateGalleryProductsInput = GalleryPlace & { products: GalleryProductPlan[] }
