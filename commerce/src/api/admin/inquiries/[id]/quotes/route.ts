import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendQuoteWorkflow } from "../../../../../workflows/export-inquiry/send-quote"
import { staffInquiry } from "../../helpers"
import type { QuoteBody } from "../../validators"

/** Staff send the buyer a quote (lines with unit prices, currency, validity, Incoterm, lead time). */
export async function POST(req: AuthenticatedMedusaRequest<QuoteBody>, res: MedusaResponse) {
  const id = req.params.id as string
  await staffInquiry(req.scope, id)
  await sendQuoteWorkflow(req.scope).run({
    input: { inquiry_id: id, quote: req.validatedBody, actor_id: req.auth_context?.actor_id ?? null },
  })
  res.status(201).json({ inquiry: await staffInquiry(req.scope, id) })
}
