import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { syncProductVisibilityWorkflow } from "../curation/sync-visibility"
import { listMsmeProductIdsStep } from "./steps/list-msme-products"
import { updateMsmeStep } from "./steps/update-msme"
import type { MsmeUpdate } from "./types"

export const updateMsmeWorkflowId = "update-msme"

/** Changes an MSME; suspending or reactivating it takes its products down or puts the approved ones back. */
export const updateMsmeWorkflow = createWorkflow(updateMsmeWorkflowId, (input: MsmeUpdate) => {
  const msme = updateMsmeStep(input)
  const productIds = listMsmeProductIdsStep(input.id)
  syncProductVisibilityWorkflow.runAsStep({
    input: transform({ productIds }, ({ productIds }) => ({ product_ids: productIds })),
  })
  emitEventStep({ eventName: "msme.updated", data: transform({ msme }, ({ msme }) => ({ id: msme.id })) })
  return new WorkflowResponse(msme)
})
