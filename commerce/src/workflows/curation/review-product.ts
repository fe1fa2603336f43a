import { MedusaError } from "@medusajs/framework/utils"
import {
  createHook,
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { APPROVABLE_GRADES, gradeOf, type RubricScores } from "../../modules/curation/rubric"
import { ensureCurationStep } from "./steps/ensure-curation"
import { moveCurationStep } from "./steps/move-curation"
import { syncProductVisibilityWorkflow } from "./sync-visibility"

export type ReviewDecision = "approve" | "request_changes" | "reject"

export type ReviewProductInput = {
  product_id: string
  decision: ReviewDecision
  scores: RubricScores
  notes: string | null
  actor_id: string | null
}

const TO = { approve: "approved", request_changes: "changes_requested", reject: "rejected" } as const

/** The grade from the rubric; approval below C is refused before anything is written. */
const gradeReviewStep = createStep("grade-product-review", async (input: ReviewProductInput) => {
  const { average, grade } = gradeOf(input.scores)
  if (input.decision === "approve" && !APPROVABLE_GRADES.includes(grade)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `A product graded ${grade} (average ${average}) is not approved: request changes and say what to improve.`,
    )
  }
  return new StepResponse({ average, grade })
})

/**
 * A curator's review of a submitted product: the rubric scores and the computed grade, the decision
 * (approve, request changes with notes the MSME sees, reject with a reason), who and when, kept in
 * the product's curation history. Approval publishes the product (its MSME active), anything else keeps
 * it out of the storefront and search. A failing step (or a failing `curationDecided` hook) undoes it all.
 */
export const reviewProductWorkflow = createWorkflow("review-product-curation", (input: ReviewProductInput) => {
  const graded = gradeReviewStep(input)
  const curation = ensureCurationStep(input.product_id)
  const moved = moveCurationStep(
    transform({ input, curation, graded }, ({ input, curation, graded }) => ({
      curation_id: curation.id,
      to: TO[input.decision],
      actor_id: input.actor_id,
      notes: input.notes,
      scores: input.scores,
      grade: graded.grade,
    })),
  )
  syncProductVisibilityWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ product_ids: [input.product_id] })),
  })
  const curationDecided = createHook("curationDecided", {
    product_id: input.product_id,
    decision: input.decision,
    grade: graded.grade,
  })
  emitEventStep({
    eventName: "curation.status_changed",
    data: transform({ input, moved }, ({ input, moved }) => ({
      id: moved.id,
      product_id: input.product_id,
      status: moved.status,
    })),
  })
  return new WorkflowResponse(
    transform({ moved, graded }, ({ moved, graded }) => ({ curation: moved, ...graded })),
    { hooks: [curationDecided] },
  )
})
