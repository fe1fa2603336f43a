import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { SellerProductPlan } from "../product/plan"
import { applySellerProductWorkflow } from "../seller/save-product"
import { ensureCurationStep } from "./steps/ensure-curation"
import { type RevisionEvent, recordRevisionStep } from "./steps/revision"

export type RevisionWorkflowInput = {
  product_id: string
  event: RevisionEvent
  /** submitted: the seller's whole product body, kept until staff decide */
  revision?: unknown
  /** approved: the revision turned into product data (planned by the caller from the stored body) */
  plan?: SellerProductPlan
  actor_id: string | null
  notes?: string | null
}

/**
 * A change to an approved product goes through curation while the approved version stays live:
 * the seller's revision is stored and reviewed; only its approval writes it onto the product.
 */
export const revisionWorkflow = createWorkflow("product-curation-revision", (input: RevisionWorkflowInput) => {
  const curation = ensureCurationStep(input.product_id)
  const recorded = recordRevisionStep(
    transform({ input, curation }, ({ input, curation }) => ({
      curation_id: curation.id,
      event: input.event,
      revision: input.revision,
      actor_id: input.actor_id,
      notes: input.notes ?? null,
    })),
  )
  when({ input }, ({ input }) => input.event === "approved" && Boolean(input.plan)).then(() => {
    applySellerProductWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ product_id: input.product_id, plan: input.plan! })),
    })
  })
  emitEventStep({
    eventName: "curation.revision_changed",
    data: transform({ input }, ({ input }) => ({ product_id: input.product_id, event: input.event })),
  })
  return new WorkflowResponse(transform({ recorded }, ({ recorded }) => recorded.updated))
})
