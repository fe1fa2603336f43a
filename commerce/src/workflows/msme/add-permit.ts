import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createPermitsStep } from "./steps/create-permits"
import type { PermitInput } from "./types"

export const addPermitWorkflowId = "add-msme-permit"

/** Records one permit of an MSME, pending until staff verify it. */
export const addPermitWorkflow = createWorkflow(addPermitWorkflowId, (input: PermitInput) => {
  const permits = createPermitsStep(transform({ input }, ({ input }) => [input]))
  const permit = transform({ permits }, ({ permits }) => permits[0]!)
  emitEventStep({ eventName: "msme.permit_added", data: transform({ permit }, ({ permit }) => ({ id: permit.id })) })
  return new WorkflowResponse(permit)
})
