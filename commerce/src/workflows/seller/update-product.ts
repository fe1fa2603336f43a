import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { revisionWorkflow } from "../curation/revision"
import { applySellerProductWorkflow } from "./save-product"
import { type PlanSellerProductInput, planSellerProductStep } from "./steps/plan-product"

export type SaveSellerProductInput = PlanSellerProductInput & {
  product_id: string
  /** the product is approved (live): the change goes to curation as a revision, the live version stays */
  live: boolean
  seller_id: string
}

/**
 * A seller saves a product they listed: checked first (either way, so a revision with foreign photos
 * or an unknown category is refused now, not at review); a product that is not live yet changes at
 * once, a live one keeps its approved version while the change waits for curation.
 */
export const saveSellerProductWorkflow = createWorkflow("save-seller-product", (input: SaveSellerProductInput) => {
  const plan = planSellerProductStep(
    transform({ input }, ({ input }) => ({ msme: input.msme, body: input.body, existing: input.existing })),
  )
  when({ input }, ({ input }) => input.live).then(() => {
    revisionWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        product_id: input.product_id,
        event: "submitted" as const,
        revision: { body: input.body, by: input.seller_id },
        actor_id: input.seller_id,
      })),
    })
  })
  when({ input }, ({ input }) => !input.live).then(() => {
    applySellerProductWorkflow.runAsStep({
      input: transform({ input, plan }, ({ input, plan }) => ({ product_id: input.product_id, plan })),
    })
  })
  return new WorkflowResponse(transform({ input }, ({ input }) => ({ revision: input.live })))
})
