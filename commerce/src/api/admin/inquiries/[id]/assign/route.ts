import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { assignInquiryWorkflow } from "../../../../../workflows/export-inquiry/assign-inquiry"
import { staffInquiry } from "../../helpers"
import type { AssignInquiryBody } from "../../validators"

/** Staff give the inquiry to a colleague (user_id) or to nobody (null). */
export async function POST(req: AuthenticatedMedusaRequest<AssignInquiryBody>, res: MedusaResponse) {
  const id = req.params.id as string
  const userId = req.validatedBody.user_id
  if (userId && !(await req.scope.resolve(Modules.USER).listUsers({ id: userId })).length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `There is no staff user ${userId}`)
  }
  await assignInquiryWorkflow(req.scope).run({
    input: { inquiry_id: id, assigned_to: userId, actor_id: req.auth_context?.actor_id ?? null },
  })
  res.json({ inquiry: await staffInquiry(req.scope, id) })
}
