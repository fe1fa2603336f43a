import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptQuoteWorkflow } from "../../../../../workflows/export-inquiry/accept-quote"
import { findByToken, notFound, toBuyerView } from "../../buyer-view"
import { buyerLocale } from "../../messages"

/** The buyer accepts the current quote: it becomes a draft order for staff to confirm. */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const row = await findByToken(req.scope, req.params.token as string)
  if (!row) return notFound(res, buyerLocale(req.body, req.headers["accept-language"]))
  await acceptQuoteWorkflow(req.scope).run({ input: { inquiry_id: row.id as string } })
  res.json({ inquiry: toBuyerView((await findByToken(req.scope, req.params.token as string))!) })
}
