import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { moveInquiryWorkflow } from "../../../../../workflows/export-inquiry/move-inquiry"
import { findByToken, notFound, toBuyerView } from "../../buyer-view"
import { buyerLocale } from "../../messages"
import type { DeclineBody } from "../../validators"

/** The buyer declines the quote (optionally saying why). */
export async function POST(req: MedusaRequest<DeclineBody>, res: MedusaResponse) {
  const row = await findByToken(req.scope, req.params.token as string)
  if (!row) return notFound(res, buyerLocale(req.body, req.headers["accept-language"]))
  await moveInquiryWorkflow(req.scope).run({
    input: {
      inquiry_id: row.id as string,
      to: "declined",
      actor_type: "buyer",
      actor_name: row.buyer_name as string,
      note: req.validatedBody.reason ?? null,
    },
  })
  res.json({ inquiry: toBuyerView((await findByToken(req.scope, req.params.token as string))!) })
}
