import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { planVisibilityStep } from "./steps/plan-visibility"

export const syncProductVisibilityWorkflowId = "sync-product-visibility"

/** Publishes approved products of active MSMEs and takes every other product down. */
export const syncProductVisibilityWorkflow = createWorkflow(
  syncProductVisibilityWorkflowId,
  (input: { product_ids: string[] }) => {
    const plan = planVisibilityStep(input.product_ids)
    when({ plan }, ({ plan }) => plan.length > 0).then(() => {
      updateProductsWorkflow.runAsStep({
        input: transform({ plan }, ({ plan }) => ({ products: plan.map(({ id, status }) => ({ id, status })) })),
      })
    })
    return new WorkflowResponse(plan)
  },
)
