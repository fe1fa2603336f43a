import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { moveInquiryWorkflow } from "../../../../../workflows/export-inquiry/move-inquiry"
import { staffInquiry, staffName } from "../../helpers"
import type { MoveInquiryBody } from "../../validators"

/** Staff take an inquiry into review, or decline or expire it; the note goes to the buyer. */
export async function POST(req: AuthenticatedMedusaRequest<MoveInquiryBody>, res: MedusaResponse) {
  const id = req.params.id as string
  await moveInquiryWorkflow(req.scope).run({
    input: {
      inquiry_id: id,
      to: req.validatedBody.to,
      actor_type: "staff",
      actor_id: req.auth_context?.actor_id ?? null,
      actor_name: await staffName(req.scope, req.auth_context?.actor_id),
      note: req.validatedBody.note ?? null,
    },
  })
  res.json({ inquiry: await staffInquiry(req.scope, id) })
}
