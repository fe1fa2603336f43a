import { createHash } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPORT_INQUIRY_MODULE } from "../../../modules/export-inquiry"
import type ExportInquiryModuleService from "../../../modules/export-inquiry/service"
import type { SubmittedInquiry } from "../../../modules/export-inquiry/service"
import type { InquiryHistoryEntry } from "../../../modules/export-inquiry/terms"
import type { SubmitInquiryInput } from "../types"
import type { InquiryProduct } from "./resolve-products"

export const createInquiryStepId = "create-export-inquiry"

export type CreatedInquiry = {
  id: string
  reference: string
  access_token: string
  items: { id: string; product_id: string | null }[]
  /** The same form sent again: the inquiry it made before, nothing new stored or announced. */
  replayed: boolean
}

/**
 * The fingerprint of a submission: the form's id (made when the form was shown) with everything sent
 * in it. A retry or a second click sends the same and finds its inquiry; a buyer who changes the
 * form, or another buyer on a cached copy of the same page, makes a new one.
 */
export function submissionKey(inquiry: SubmitInquiryInput): string | null {
  if (!inquiry.submission_id) return null
  const { submission_id, ...sent } = inquiry
  return createHash("sha256").update(submission_id).update("\n").update(JSON.stringify(sent)).digest("base64url")
}

const isUniqueViolation = (error: unknown) =>
  (error as { code?: string })?.code === "23505" || /duplicate key|already exists/i.test(String(error))

/**
 * Stores the inquiry with its lines and the buyer's first message (one transaction), under a fresh
 * reference and a private token; a form sent again gives back the inquiry it made. Undone by
 * deleting what it stored, never an inquiry it only found again.
 */
export const createInquiryStep = createStep(
  createInquiryStepId,
  async (input: { inquiry: SubmitInquiryInput; products: InquiryProduct[] }, { container }) => {
    const service: ExportInquiryModuleService = (container as MedusaContainer).resolve(EXPORT_INQUIRY_MODULE)
    const { inquiry } = input
    const byId = new Map(input.products.map((p) => [p.id, p]))
    const now = new Date()
    const entry: InquiryHistoryEntry = {
      from: null,
      to: "submitted",
      at: now.toISOString(),
      actor_type: "buyer",
      actor_id: null,
      note: null,
    }
    const submitted: SubmittedInquiry = {
      year: now.getUTCFullYear(),
      inquiry: {
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
        submission_key: submissionKey(inquiry),
      },
      items: inquiry.items.map((item) => ({
        title: item.product_id ? byId.get(item.product_id)!.title : (item.title ?? ""),
        description: item.description ?? null,
        quantity: item.quantity,
        unit: item.unit,
      })),
      message: { author_type: "buyer", author_name: inquiry.buyer.name, body: inquiry.message },
    }
    let stored: Awaited<ReturnType<ExportInquiryModuleService["submitInquiry"]>>
    try {
      stored = await service.submitInquiry(submitted)
    } catch (error) {
      // the same form sent twice at once: one of them stored it, the other finds it
      if (!submitted.inquiry.submission_key || !isUniqueViolation(error)) throw error
      stored = await service.submitInquiry(submitted)
    }
    const result: CreatedInquiry = {
      id: stored.inquiry.id,
      reference: stored.inquiry.reference,
      access_token: stored.inquiry.access_token,
      items: stored.replayed
        ? []
        : stored.item_ids.map((id, i) => ({ id, product_id: inquiry.items[i]!.product_id ?? null })),
      replayed: stored.replayed,
    }
    return new StepResponse(result, stored.replayed ? undefined : stored.inquiry.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: ExportInquiryModuleService = (container as MedusaContainer).resolve(EXPORT_INQUIRY_MODULE)
    await service.deleteExportInquiries(id)
  },
)
