import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findByToken, notFound, toBuyerView } from "../buyer-view"
import { buyerLocale } from "../messages"

/** The buyer's private page: the inquiry behind this token only. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const row = await findByToken(req.scope, req.params.token as string)
  if (!row) return notFound(res, buyerLocale(undefined, req.headers["accept-language"]))
  res.json({ inquiry: toBuyerView(row) })
}
