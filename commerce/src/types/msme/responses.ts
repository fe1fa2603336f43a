import type { GalleryProductProfile } from "../product/workflow"

/**
 * What the Store API answers about MSMEs and a product's maker: the one definition the routes are
 * typed with (`MedusaResponse<...>`) and the storefront reads (through `@galeri/commerce/contracts`).
 */
export type PublicPermit = { type: string; number: string; expires_at: string | Date | null }

/** GET /store/gallery/msmes/:handle */
export type StoreMsmeProfile = {
  handle: string
  name: string
  sector: string
  craft: string
  kecamatan: string
  desa: string
  story_id: string
  story_en: string
  whatsapp: string | null
  image_url: string | null
  established_year: number | null
  employees: number | null
  verified_permits: PublicPermit[]
}
export type StoreMsmeResponse = { msme: StoreMsmeProfile }

/** GET /store/gallery/products/:handle: the maker and the origin and export profile of a published product. */
export type StoreGalleryProductResponse = {
  product_id: string
  msme: Omit<StoreMsmeProfile, "sector" | "craft" | "established_year" | "employees">
  profile: GalleryProductProfile | null
}

/** GET /admin/permits: one permit of the verifiers' queue, with its MSME and where its document opens. */
export type AdminPermitRow = {
  id: string
  type: string
  number: string
  status: string
  issued_at: string | null
  expires_at: string | null
  /** the authenticated document route for an uploaded document, or the office's https link */
  document_url: string | null
  created_at: string
  verified_at: string | null
  verified_by: string | null
  rejection_reason: string | null
  expiry_warned_at: string | null
  expiring_soon: boolean
  msme: { id: string; handle: string; name: string; kecamatan: string; status: string } | null
}
export type AdminPermitQueueResponse = { permits: AdminPermitRow[]; count: number; limit: number; offset: number }
