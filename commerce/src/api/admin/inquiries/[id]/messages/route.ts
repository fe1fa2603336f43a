import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addInquiryMessageWorkflow } from "../../../../../workflows/export-inquiry/add-message"
import { staffInquiry, staffName } from "../../helpers"
import type { StaffMessageBody } from "../../validators"

/** Staff reply to the buyer, or leave an internal note (internal: true) only staff read. */
export async function POST(req: AuthenticatedMedusaRequest<StaffMessageBody>, res: MedusaResponse) {
  const id = req.params.id as string
  await staffInquiry(req.scope, id) // 404 for an unknown inquiry
  await addInquiryMessageWorkflow(req.scope).run({
    input: {
      inquiry_id: id,
      author_type: "staff",
      author_id: req.auth_context?.actor_id ?? null,
      author_name: await staffName(req.scope, req.auth_context?.actor_id),
      body: req.validatedBody.body,
      internal: req.validatedBody.internal,
    },
  })
  res.status(201).json({ inquiry: await staffInquiry(req.scope, id) })
}
