import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addInquiryMessageWorkflow } from "../../../../../workflows/export-inquiry/add-message"
import { findByToken, notFound, toBuyerView } from "../../buyer-view"
import { buyerLocale } from "../../messages"
import type { ReplyBody } from "../../validators"

/** The buyer replies in the thread. */
export async function POST(req: MedusaRequest<ReplyBody>, res: MedusaResponse) {
  const row = await findByToken(req.scope, req.params.token as string)
  if (!row) return notFound(res, buyerLocale(req.body, req.headers["accept-language"]))
  await addInquiryMessageWorkflow(req.scope).run({
    input: {
      inquiry_id: row.id as string,
      author_type: "buyer",
      author_id: null,
      author_name: row.buyer_name as string,
      body: req.validatedBody.body,
      internal: false,
    },
  })
  res.status(201).json({ inquiry: toBuyerView((await findByToken(req.scope, req.params.token as string))!) })
}
