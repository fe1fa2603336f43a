import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPORT_INQUIRY_MODULE } from "../../../modules/export-inquiry"
import type ExportInquiryModuleService from "../../../modules/export-inquiry/service"
import type { InquiryHistoryEntry } from "../../../modules/export-inquiry/terms"
import type { SubmitInquiryInput } from "../types"
import type { InquiryProduct } from "./resolve-products"

export const createInquiryStepId = "create-export-inquiry"

export type CreatedInquiry = {
  id: string
  reference: string
  access_token: string
  items: { id: string; product_id: string | null }[]
}

/**
 * Stores the inquiry with its lines and the buyer's first message, under a fresh reference and a
 * private token. Undone by deleting it.
 */
export const createInquiryStep = createStep(
  createInquiryStepId,
  async (input: { inquiry: SubmitInquiryInput; products: InquiryProduct[] }, { container }) => {
    const service: ExportInquiryModuleService = (container as MedusaContainer).resolve(EXPORT_INQUIRY_MODULE)
    const { inquiry } = input
    const byId = new Map(input.products.map((p) => [p.id, p]))
    const now = new Date()
    const reference = await service.nextReference(now.getUTCFullYear())
    const entry: InquiryHistoryEntry = {
      from: null,
      to: "submitted",
      at: now.toISOString(),
      actor_type: "buyer",
      actor_id: null,
      note: null,
    }
    const created = await service.createExportInquiries({
      reference,
      access_token: service.newAccessToken(),
      status: "submitted",
      locale: inquiry.locale,
      buyer_name: inquiry.buyer.name,
      buyer_company: inquiry.buyer.company ?? null,
      buyer_email: inquiry.buyer.email,
      buyer_country: inquiry.buyer.country,
      buyer_phone: inquiry.buyer.phone ?? null,
      incoterm: inquiry.incoterm,
      destination: inquiry.destination,
      target_price: inquiry.target_price ?? null,
      currency: inquiry.currency,
      certificates: inquiry.certificates,
      sample_requested: inquiry.sample_requested,
      expected_date: inquiry.expected_date ? new Date(inquiry.expected_date) : null,
      history: { entries: [entry] },
    })
    const items = await service.createInquiryItems(
      inquiry.items.map((item) => ({
        inquiry_id: created.id,
        title: item.product_id ? byId.get(item.product_id)!.title : (item.title ?? ""),
        description: item.description ?? null,
        quantity: item.quantity,
        unit: item.unit,
      })),
    )
    await service.createInquiryMessages({
      inquiry_id: created.id,
      author_type: "buyer",
      author_name: inquiry.buyer.name,
      body: inquiry.message,
    })
    const result: CreatedInquiry = {
      id: created.id,
      reference,
      access_token: created.access_token,
      items: items.map((item, i) => ({ id: item.id, product_id: inquiry.items[i]!.product_id ?? null })),
    }
    return new StepResponse(result, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: ExportInquiryModuleService = (container as MedusaContainer).resolve(EXPORT_INQUIRY_MODULE)
    await service.deleteExportInquiries(id)
  },
)
