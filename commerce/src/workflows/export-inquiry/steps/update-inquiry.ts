import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPORT_INQUIRY_MODULE } from "../../../modules/export-inquiry"
import type ExportInquiryModuleService from "../../../modules/export-inquiry/service"

export const assignInquiryStepId = "assign-export-inquiry"

/** Gives an inquiry to a staff member (or takes it back: null). Undone by restoring the previous one. */
export const assignInquiryStep = createStep(
  assignInquiryStepId,
  async (input: { inquiry_id: string; assigned_to: string | null }, { container }) => {
    const service: ExportInquiryModuleService = (container as MedusaContainer).resolve(EXPORT_INQUIRY_MODULE)
    const before = await service.retrieveExportInquiry(input.inquiry_id)
    const updated = await service.updateExportInquiries({ id: input.inquiry_id, assigned_to: input.assigned_to })
    return new StepResponse(updated, { id: before.id, assigned_to: before.assigned_to ?? null })
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: ExportInquiryModuleService = (container as MedusaContainer).resolve(EXPORT_INQUIRY_MODULE)
    await service.updateExportInquiries(previous)
  },
)

export const addOfferStepId = "add-export-inquiry-offer"

export type AddOfferInput = {
  inquiry_id: string
  item_id: string
  unit_price: number
  currency: string
  capacity_per_month?: number
  lead_time_days?: number
  note?: string
  entered_by_type: "staff" | "msme"
  entered_by_id: string | null
}

/** Records an MSME's price and capacity for one line of an inquiry. Undone by deleting it. */
export const addOfferStep = createStep(
  addOfferStepId,
  async (input: AddOfferInput, { container }) => {
    const service: ExportInquiryModuleService = (container as MedusaContainer).resolve(EXPORT_INQUIRY_MODULE)
    const [item] = await service.listInquiryItems({ id: input.item_id, inquiry_id: input.inquiry_id })
    if (!item) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Item ${input.item_id} is not part of this inquiry`)
    }
    const offer = await service.createInquiryOffers({
      item_id: input.item_id,
      unit_price: input.unit_price,
      currency: input.currency as "IDR",
      capacity_per_month: input.capacity_per_month ?? null,
      lead_time_days: input.lead_time_days ?? null,
      note: input.note ?? null,
      entered_by_type: input.entered_by_type,
      entered_by_id: input.entered_by_id,
    })
    return new StepResponse(offer, offer.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: ExportInquiryModuleService = (container as MedusaContainer).resolve(EXPORT_INQUIRY_MODULE)
    await service.deleteInquiryOffers(id)
  },
)
