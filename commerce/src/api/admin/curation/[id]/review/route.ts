import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { RubricScores } from "../../../../../modules/curation/rubric"
import { reviewProductWorkflow } from "../../../../../workflows/curation/review-product"
import type { ReviewBody } from "../../validators"

/** A curator scores a submitted product on the rubric and decides: approve, request changes, reject. */
export async function POST(req: AuthenticatedMedusaRequest<ReviewBody>, res: MedusaResponse) {
  const { decision, scores, notes } = req.validatedBody
  const { result } = await reviewProductWorkflow(req.scope).run({
    input: {
      product_id: req.params.id as string,
      decision,
      scores: scores as RubricScores,
      notes: notes ?? null,
      actor_id: req.auth_context.actor_id,
    },
  })
  res.json(result)
}
