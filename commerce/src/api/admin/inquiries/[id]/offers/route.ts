import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addOfferWorkflow } from "../../../../../workflows/export-inquiry/assign-inquiry"
import { staffInquiry } from "../../helpers"
import type { OfferBody } from "../../validators"

/** Staff enter an MSME's price and capacity for a line (until the MSME can do so in the seller portal). */
export async function POST(req: AuthenticatedMedusaRequest<OfferBody>, res: MedusaResponse) {
  const id = req.params.id as string
  await staffInquiry(req.scope, id)
  await addOfferWorkflow(req.scope).run({
    input: {
      inquiry_id: id,
      ...req.validatedBody,
      entered_by_type: "staff",
      entered_by_id: req.auth_context?.actor_id ?? null,
    },
  })
  res.status(201).json({ inquiry: await staffInquiry(req.scope, id) })
}
