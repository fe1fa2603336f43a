import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPORT_INQUIRY_MODULE } from "../../../modules/export-inquiry"
import type ExportInquiryModuleService from "../../../modules/export-inquiry/service"

export const prepareDraftOrderStepId = "prepare-export-inquiry-draft-order"

type QuoteLine = { item_id: string | null; title: string; quantity: number; unit: string; unit_price: number }

/**
 * The draft order an accepted quote becomes: the quote's lines, prices and currency, for the buyer's
 * email, in the region that sells in that currency (else the first region, priced in the quote's
 * currency all the same). Reads only; the order is created by Medusa's own workflow.
 */
export const prepareDraftOrderStep = createStep(
  prepareDraftOrderStepId,
  async (input: { inquiry_id: string }, { container }) => {
    const c = container as MedusaContainer
    const service: ExportInquiryModuleService = c.resolve(EXPORT_INQUIRY_MODULE)
    const inquiry = (await service.retrieveExportInquiry(input.inquiry_id, {
      relations: ["quotes"],
    })) as unknown as {
      id: string
      reference: string
      buyer_email: string
      buyer_name: string
      buyer_company: string | null
      buyer_country: string
      destination: string
      quotes: { id: string; status: string; number: number; currency: string; incoterm: string; lines: QuoteLine[] }[]
    }
    const quote = inquiry.quotes.filter((q) => q.status === "accepted").sort((a, b) => b.number - a.number)[0]
    if (!quote) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "There is no accepted quote to turn into an order")
    const query = c.resolve(ContainerRegistrationKeys.QUERY)
    const { data: regions } = await query.graph({ entity: "region", fields: ["id", "currency_code"] })
    const currency = quote.currency.toLowerCase()
    const region =
      (regions as { id: string; currency_code: string }[]).find((r) => r.currency_code === currency) ?? regions[0]
    if (!region) throw new MedusaError(MedusaError.Types.NOT_FOUND, "The store has no region to place the order in")
    const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["id"], pagination: { take: 1 } })
    const [first, ...rest] = inquiry.buyer_name.split(" ")
    return new StepResponse({
      region_id: (region as { id: string }).id,
      currency_code: currency,
      email: inquiry.buyer_email,
      sales_channel_id: (channels[0] as { id: string } | undefined)?.id,
      status: "draft",
      is_draft_order: true,
      no_notification: true,
      shipping_address: {
        first_name: first ?? inquiry.buyer_name,
        last_name: rest.join(" ") || undefined,
        company: inquiry.buyer_company ?? undefined,
        city: inquiry.destination,
        country_code: inquiry.buyer_country.toLowerCase(),
      },
      items: quote.lines.map((line) => ({
        title: line.title,
        quantity: line.quantity,
        unit_price: line.unit_price,
        metadata: { inquiry_item_id: line.item_id, unit: line.unit },
      })),
      metadata: {
        export_inquiry_id: inquiry.id,
        export_inquiry_reference: inquiry.reference,
        quote_number: quote.number,
        incoterm: quote.incoterm,
      },
    })
  },
)
