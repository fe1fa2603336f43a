import type { z } from "@medusajs/framework/zod"
import type { FulfilmentMode } from "../../modules/consignment/rules"
import type { MarketReadiness } from "../../modules/msme/export-readiness"
import type { ConsignmentOrder, Shipment } from "../consignment/responses"
import type { InquiryOffer, InquiryTerms } from "../export-inquiry/responses"
import type { MsmeHead, PermitRecord } from "../msme/responses"
import type { SellerProductBody } from "./http"

/**
 * What the /seller API answers: one definition for the routes (typed `MedusaResponse<...>`) and the
 * seller portal (through `@galeri/commerce/contracts`).
 */
export type SellerPermitRow = PermitRecord

/** GET /seller/me: the signed-in seller and their MSME (profile and permits). */
export type SellerMeResponse = {
  seller: { id: string; email: string; name: string; role: string; onboarding: string }
  msme: MsmeHead & { permits?: SellerPermitRow[] }
}

export type SellerCurationSummary = {
  status: string
  notes: string | null
  submitted_at: string | null
  decided_at: string | null
}

/** GET /seller/me/products */
export type SellerProductRow = {
  id: string
  handle: string
  title: string
  status: string
  thumbnail: string | null
  curation: SellerCurationSummary
}
export type SellerProductsResponse = {
  products: SellerProductRow[]
  count: number
  by_curation: Record<string, number>
}

/** What the seller portal sends for a product: the body before validation (POST /seller/me/products[/:id]). */
export type SellerProductRequest = z.input<typeof SellerProductBody>

/** GET /seller/me/products/:id: the product as the form edits it (the same shape as the body). */
export type SellerProductView = {
  id: string
  handle: string
  status: string
  thumbnail: string | null
  images: { url: string; upload_id: string | null }[]
  product: SellerProductRequest
  curation: {
    status: string
    notes: string | null
    history?: unknown[]
    submitted_at?: unknown
    decided_at?: unknown
    revision: {
      status: string
      notes: string | null
      submitted_at: string | null
      product: SellerProductRequest | null
    } | null
  }
}
export type SellerProductResponse = { product: SellerProductView }

/** POST /seller/me/uploads */
export type SellerUploadResponse = { upload: { id: string } }

/** GET /seller/me/inquiries: inquiries about the MSME's products, its own lines and offers only (never the buyer). */
export type SellerInquiry = InquiryTerms & {
  id: string
  reference: string
  status: string
  created_at: string
  items: {
    id: string
    title: string
    quantity: number
    unit: string
    /** the product asked about; null for a free-text line staff gave to this MSME */
    product_id: string | null
    assigned: boolean
    offers: InquiryOffer[]
  }[]
}
export type SellerInquiriesResponse = { inquiries: SellerInquiry[] }

/** GET /seller/me/orders: orders with the MSME's own lines only. */
export type SellerOrder = {
  id: string
  display_id: number
  status: string
  payment_status: string | null
  fulfillment_status: string | null
  created_at: string
  currency_code: string
  country_code: string | null
  items: {
    id: string
    product_id: string | null
    title: string
    variant_title: string | null
    sku: string | null
    quantity: number
    unit_price: number
    total: number
    /** who ships the line: the gallery from its stock, or this MSME from its workshop */
    mode: FulfilmentMode
    /** pieces packed so far */
    fulfilled: number
  }[]
  /** the MSME's own parcels of this order (workshop lines it packed and shipped) */
  shipments: Shipment[]
  /** where to send the MSME's own parcels: only for paid orders with lines its workshop ships */
  ship_to: ConsignmentOrder["address"]
  /** whether the MSME has lines to pack now (paid, from its workshop, not all packed) */
  to_pack: boolean
}
export type SellerOrdersResponse = { orders: SellerOrder[]; count: number }

/** GET /seller/me/facilitation: the office's help with the MSME's missing permits. */
export type SellerFacilitationCase = {
  id: string
  permit_type: string
  status: string
  next_step: string | null
  due_date: string | null
  closed_at: string | null
  /** how the permit is obtained, in both languages */
  route: { id: string; en: string }
}
export type SellerFacilitationResponse = { cases: SellerFacilitationCase[] }

/** GET /seller/me/readiness: how ready the MSME is to export, per market, with the next steps. */
export type SellerReadinessResponse = {
  markets: (Omit<MarketReadiness, "steps"> & { steps: (MarketReadiness["steps"][number] & { case_open: boolean })[] })[]
}
