import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createMsmeStep } from "./steps/create-msme"
import { createPermitsStep } from "./steps/create-permits"
import type { MsmeInput, PermitInput } from "./types"

export type CreateMsmeWorkflowInput = { msme: MsmeInput; permits?: Omit<PermitInput, "msme_id">[] }

export const createMsmeWorkflowId = "create-msme"

/** Registers an MSME with the permits it has shown so far. */
export const createMsmeWorkflow = createWorkflow(createMsmeWorkflowId, (input: CreateMsmeWorkflowInput) => {
  const msme = createMsmeStep(input.msme)
  const permitInput = transform({ input, msme }, ({ input, msme }) =>
    (input.permits ?? []).map((permit) => ({ ...permit, msme_id: msme.id })),
  )
  const permits = createPermitsStep(permitInput)
  emitEventStep({ eventName: "msme.created", data: transform({ msme }, ({ msme }) => ({ id: msme.id })) })
  return new WorkflowResponse({ msme, permits })
})
