import type { MarketReadiness } from "../../modules/msme/export-readiness"
import type { MonthlyTurnover, MsmeOrderLine } from "../../modules/office/msme-activity"
import type { RegistryRow } from "../../modules/office/registry"
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
  /** pieces in the gallery's showroom now (its stock location): seen and bought there today; null when stock is not kept */
  at_gallery: { available: number } | null
}

/** A permit as staff and sellers read it (its number, state, dates and the reason when rejected). */
export type PermitRecord = {
  id: string
  type: string
  number: string
  status: string
  expires_at: string | null
  rejection_reason: string | null
}

/** The head of an MSME record the Admin and /seller answers share. */
export type MsmeHead = Record<string, unknown> & {
  id: string
  name: string
  handle: string
  status: string
  sector: string
  kecamatan: string
}

/** GET /admin/permits: one permit of the verifiers' queue, with its MSME and where its document opens. */
export type AdminPermitRow = PermitRecord & {
  issued_at: string | null
  /** the authenticated document route for an uploaded document, or the office's https link */
  document_url: string | null
  created_at: string
  verified_at: string | null
  verified_by: string | null
  expiry_warned_at: string | null
  expiring_soon: boolean
  msme: { id: string; handle: string; name: string; kecamatan: string; status: string } | null
}
export type AdminPermitQueueResponse = { permits: AdminPermitRow[]; count: number; limit: number; offset: number }

/** GET /admin/msmes: a page of the registry. */
export type AdminRegistryRow = RegistryRow
export type AdminRegistryResponse = { msmes: AdminRegistryRow[]; count: number; limit: number; offset: number }

/** GET /admin/msmes/:id: an MSME with everything the office follows about it. */
export type AdminMsmeResponse = {
  msme: MsmeHead & {
    permits: (PermitRecord & {
      issued_at: string | null
      document_url: string | null
      document_upload_id: string | null
    })[]
  }
  products: {
    id: string
    title: string
    handle: string
    status: string
    thumbnail: string | null
    product_curation?: { status: string; grade: string | null; decided_at: string | null } | null
  }[]
  sellers: { id: string; email: string; name: string; role: string; onboarding: string; created_at: string }[]
  invitations: { id: string; email: string; name: string; expires_at: string; accepted_at: string | null }[]
  turnover: MonthlyTurnover[]
  orders: MsmeOrderLine[]
  inquiries: { id: string; reference: string; status: string; buyer_country: string; created_at: string }[]
  facilitation_cases: FacilitationCaseRow[]
  readiness: MarketReadiness[]
  history: {
    id: string
    from_status: string | null
    to_status: string
    reason: string | null
    actor_id: string | null
    source: string
    created_at: string
  }[]
}

/** A permit facilitation case, as staff and the MSME follow it. */
export type FacilitationCaseRow = {
  id: string
  permit_type: string
  status: string
  officer_id: string | null
  next_step: string | null
  due_date: string | null
  history: { entries: { at: string; by: string | null; kind: string; from?: string; to?: string; text?: string }[] }
  opened_by: string | null
  closed_at: string | null
  created_at: string
}

/** A page of the active MSMEs (`GET /store/gallery/msmes`): the sitemap's and the directory's list. */
/** An MSME as the directory shows it: its craft (a category handle), place, story and published products. */
export type StoreMsmeListItem = {
  handle: string
  name: string
  kecamatan: string
  desa: string
  sector: string
  craft: string
  /** the first 280 characters of its story, in each language */
  story_id: string
  story_en: string
  product_count: number
  image_url: string | null
  updated_at: string
}

export type StoreMsmeListResponse = {
  msmes: StoreMsmeListItem[]
  count: number
  limit: number
  offset: number
  /** active MSMEs per kecamatan under the same craft and sector filters (the directory's map) */
  kecamatan_counts: Record<string, number>
}
