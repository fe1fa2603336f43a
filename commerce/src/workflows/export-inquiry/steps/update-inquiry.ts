import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPORT_INQUIRY_MODULE } from "../../../modules/export-inquiry"
import type ExportInquiryModuleService from "../../../modules/export-inquiry/service"
import { MSME_MODULE } from "../../../modules/msme"

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
  /** whose offer it is: a seller's own MSME; for staff, the MSME named, else the line's (assigned, or the product's maker) */
  msme_id?: string | null
}

/** The MSME a line belongs to: the one staff gave it to, else the maker of the product asked about. */
async function lineMsme(container: MedusaContainer, inquiryId: string, itemId: string): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "export_inquiry",
    fields: ["id", "items.id", "items.assigned_msme_id", "items.product.msme.id"],
    filters: { id: inquiryId },
  })
  type Line = { id: string; assigned_msme_id?: string | null; product?: { msme?: { id: string } | null } | null }
  const item = ((data[0] as { items?: Line[] } | undefined)?.items ?? []).find((i) => i.id === itemId)
  return item?.assigned_msme_id ?? item?.product?.msme?.id ?? null
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
      msme_id: input.msme_id ?? (await lineMsme(container as MedusaContainer, input.inquiry_id, input.item_id)),
    })
    return new StepResponse(offer, offer.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: ExportInquiryModuleService = (container as MedusaContainer).resolve(EXPORT_INQUIRY_MODULE)
    await service.deleteInquiryOffers(id)
  },
)

export type AssignLineInput = { inquiry_id: string; item_id: string; msme_id: string | null }

/**
 * Gives one line of an inquiry to an MSME (or takes it back): the line records it and the inquiry is
 * linked to the MSME so its sellers see the line. Compensation restores the line and removes a link
 * it created.
 */
export const assignInquiryLineStep = createStep(
  "assign-export-inquiry-line",
  async (input: AssignLineInput, { container }) => {
    const c = container as MedusaContainer
    const service: ExportInquiryModuleService = c.resolve(EXPORT_INQUIRY_MODULE)
    const [item] = await service.listInquiryItems({ id: input.item_id, inquiry_id: input.inquiry_id })
    if (!item) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Item ${input.item_id} is not part of this inquiry`)
    const previous = (item as { assigned_msme_id?: string | null }).assigned_msme_id ?? null
    await service.updateInquiryItems({ id: item.id, assigned_msme_id: input.msme_id })
    let linked = false
    if (input.msme_id) {
      const query = c.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "export_inquiry",
        fields: ["id", "msmes.id"],
        filters: { id: input.inquiry_id },
      })
      const msmes = ((data[0] as { msmes?: { id: string }[] } | undefined)?.msmes ?? []).map((m) => m.id)
      if (!msmes.includes(input.msme_id)) {
        await c.resolve(ContainerRegistrationKeys.LINK).create({
          [EXPORT_INQUIRY_MODULE]: { export_inquiry_id: input.inquiry_id },
          [MSME_MODULE]: { msme_id: input.msme_id },
        })
        linked = true
      }
    }
    return new StepResponse(
      { item_id: item.id, msme_id: input.msme_id },
      { item_id: item.id, previous, inquiry_id: input.inquiry_id, linked: linked ? input.msme_id : null },
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const c = container as MedusaContainer
    const service: ExportInquiryModuleService = c.resolve(EXPORT_INQUIRY_MODULE)
    await service.updateInquiryItems({ id: undo.item_id, assigned_msme_id: undo.previous })
    if (undo.linked) {
      await c.resolve(ContainerRegistrationKeys.LINK).dismiss({
        [EXPORT_INQUIRY_MODULE]: { export_inquiry_id: undo.inquiry_id },
        [MSME_MODULE]: { msme_id: undo.linked },
      })
    }
  },
)
