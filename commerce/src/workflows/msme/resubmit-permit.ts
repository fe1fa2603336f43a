import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { updatePermitsStep } from "./steps/update-permits"

export type ResubmitPermitInput = {
  permit_id: string
  issued_at?: Date | null
  expires_at?: Date | null
  document_upload_id?: string | null
}

/**
 * A rejected or expired permit sent again (the same number, a better document, new dates): back to
 * pending for the verifiers, the earlier decision cleared; undone on failure.
 */
export const resubmitPermitWorkflow = createWorkflow("resubmit-msme-permit", (input: ResubmitPermitInput) => {
  const updated = updatePermitsStep(
    transform({ input }, ({ input }) => [
      {
        id: input.permit_id,
        status: "pending",
        verified_at: null,
        verified_by: null,
        rejection_reason: null,
        expiry_warned_at: null,
        ...(input.issued_at !== undefined ? { issued_at: input.issued_at } : {}),
        ...(input.expires_at !== undefined ? { expires_at: input.expires_at } : {}),
        ...(input.document_upload_id !== undefined ? { document_upload_id: input.document_upload_id } : {}),
      },
    ]),
  )
  const permit = transform({ updated }, ({ updated }) => updated[0]!)
  emitEventStep({ eventName: "msme.permit_added", data: transform({ permit }, ({ permit }) => ({ id: permit.id })) })
  return new WorkflowResponse(permit)
})
