import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { CurationStatus } from "../../modules/curation/transitions"
import { ensureCurationStep } from "./steps/ensure-curation"
import { moveCurationStep } from "./steps/move-curation"
import { syncProductVisibilityWorkflow } from "./sync-visibility"

export type MoveCurationWorkflowInput = {
  product_id: string
  to: CurationStatus
  actor_id?: string | null
  notes?: string | null
}

export const moveCurationWorkflowId = "move-product-curation"

/**
 * One curation decision (submit, approve, request changes, reject, archive). Approval of a product
 * of an active MSME publishes it; every other state takes it down.
 */
export const moveCurationWorkflow = createWorkflow(moveCurationWorkflowId, (input: MoveCurationWorkflowInput) => {
  const curation = ensureCurationStep(input.product_id)
  const moved = moveCurationStep(
    transform({ input, curation }, ({ input, curation }) => ({
      curation_id: curation.id,
      to: input.to,
      actor_id: input.actor_id ?? null,
      notes: input.notes ?? null,
    })),
  )
  syncProductVisibilityWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ product_ids: [input.product_id] })),
  })
  emitEventStep({
    eventName: "curation.status_changed",
    data: transform({ input, moved }, ({ input, moved }) => ({
      id: moved.id,
      product_id: input.product_id,
      status: moved.status,
    })),
  })
  return new WorkflowResponse(moved)
})
