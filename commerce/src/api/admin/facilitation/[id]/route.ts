import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ChangeCaseBody } from "../../../../types/msme/http"
import { changeFacilitationCaseWorkflow } from "../../../../workflows/msme/facilitation/workflows"

/** A facilitator moves a case on: status, officer, next step, due date, a note (each kept in its history). */
export async function POST(req: AuthenticatedMedusaRequest<ChangeCaseBody>, res: MedusaResponse) {
  const { result } = await changeFacilitationCaseWorkflow(req.scope).run({
    input: { id: req.params.id as string, actor_id: req.auth_context.actor_id, ...req.validatedBody },
  })
  res.json({ case: result })
}
