import type { MedusaContainer } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPORT_INQUIRY_MODULE } from "../../../modules/export-inquiry"
import type ExportInquiryModuleService from "../../../modules/export-inquiry/service"
import type { QuoteBody } from "../../../types/export-inquiry/admin-http"

export const createQuoteStepId = "create-export-inquiry-quote"

export type CreateQuoteInput = { inquiry_id: string; quote: QuoteBody; actor_id: string | null }

/**
 * Writes a quote for the buyer (the previous open one, if any, is superseded). Lines must belong to
 * the inquiry when they name an item. Undone by deleting it and reopening the previous one.
 */
export const createQuoteStep = createStep(
  createQuoteStepId,
  async (input: CreateQuoteInput, { container }) => {
    const service: ExportInquiryModuleService = (container as MedusaContainer).resolve(EXPORT_INQUIRY_MODULE)
    const inquiry = (await service.retrieveExportInquiry(input.inquiry_id, {
      relations: ["items", "quotes"],
    })) as unknown as {
      id: string
      items: { id: string; title: string; unit: string }[]
      quotes: { id: string; number: number; status: string }[]
    }
    const items = new Map(inquiry.items.map((i) => [i.id, i]))
    const unknown = input.quote.lines.filter((l) => l.item_id && !items.has(l.item_id)).map((l) => l.item_id)
    if (unknown.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Quote lines name items that are not in this inquiry: ${unknown.join(", ")}`,
      )
    }
    const lines = input.quote.lines.map((l) => {
      const item = l.item_id ? items.get(l.item_id) : undefined
      return {
        item_id: l.item_id ?? null,
        title: l.title ?? item?.title ?? "",
        quantity: l.quantity,
        unit: l.unit ?? item?.unit ?? "pcs",
        unit_price: l.unit_price,
      }
    })
    const total = lines.reduce((sum, l) => MathBN.add(sum, MathBN.mult(l.unit_price, l.quantity)), MathBN.convert(0))
    const open = inquiry.quotes.filter((q) => q.status === "sent")
    if (open.length) await service.updateInquiryQuotes(open.map((q) => ({ id: q.id, status: "superseded" as const })))
    const quote = await service.createInquiryQuotes({
      inquiry_id: inquiry.id,
      number: Math.max(0, ...inquiry.quotes.map((q) => q.number)) + 1,
      status: "sent",
      currency: input.quote.currency,
      incoterm: input.quote.incoterm,
      valid_until: new Date(`${input.quote.valid_until}T23:59:59Z`),
      lead_time_days: input.quote.lead_time_days,
      notes: input.quote.notes ?? null,
      lines: lines as unknown as Record<string, unknown>,
      total: total.toNumber(),
      sent_by: input.actor_id,
      sent_at: new Date(),
    })
    return new StepResponse(quote, { id: quote.id, reopen: open.map((q) => q.id) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: ExportInquiryModuleService = (container as MedusaContainer).resolve(EXPORT_INQUIRY_MODULE)
    await service.deleteInquiryQuotes(undo.id)
    if (undo.reopen.length)
      await service.updateInquiryQuotes(undo.reopen.map((id) => ({ id, status: "sent" as const })))
  },
)
