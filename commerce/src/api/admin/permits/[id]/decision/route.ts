import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decidePermitWorkflow } from "../../../../../workflows/msme/verify-permit"
import type { PermitDecisionBody } from "../../validators"

/** A permit verifier verifies a pending permit or rejects it with a reason. */
export async function POST(req: AuthenticatedMedusaRequest<PermitDecisionBody>, res: MedusaResponse) {
  const { result } = await decidePermitWorkflow(req.scope).run({
    input: {
      permit_id: req.params.id as string,
      decision: req.validatedBody.decision,
      reason: req.validatedBody.reason ?? null,
      actor_id: req.auth_context.actor_id,
    },
  })
  res.json({ permit: result })
}
