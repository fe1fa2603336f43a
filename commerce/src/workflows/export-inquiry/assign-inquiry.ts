import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  type AddOfferInput,
  type AssignLineInput,
  addOfferStep,
  assignInquiryLineStep,
  assignInquiryStep,
} from "./steps/update-inquiry"

export const assignInquiryWorkflowId = "assign-export-inquiry"

/** Staff give an inquiry to a colleague (or to nobody). */
export const assignInquiryWorkflow = createWorkflow(
  assignInquiryWorkflowId,
  (input: { inquiry_id: string; assigned_to: string | null; actor_id: string | null }) => {
    const updated = assignInquiryStep(input)
    emitEventStep({
      eventName: "export_inquiry.assigned",
      data: transform({ input }, ({ input }) => ({
        id: input.inquiry_id,
        assigned_to: input.assigned_to,
        by: input.actor_id,
      })),
    })
    return new WorkflowResponse(updated)
  },
)

export const addOfferWorkflowId = "add-export-inquiry-offer"

/** An MSME's price and capacity for a line (entered by the MSME or by staff for it). */
export const addOfferWorkflow = createWorkflow(addOfferWorkflowId, (input: AddOfferInput) => {
  const offer = addOfferStep(input)
  return new WorkflowResponse(offer)
})

/** Staff give one line of an inquiry to an MSME (a free-text line, or a second maker), or take it back. */
export const assignInquiryLineWorkflow = createWorkflow(
  "assign-export-inquiry-line",
  (input: AssignLineInput & { actor_id: string | null }) => {
    const assigned = assignInquiryLineStep(input)
    emitEventStep({
      eventName: "export_inquiry.line_assigned",
      data: transform({ input }, ({ input }) => ({
        id: input.inquiry_id,
        item_id: input.item_id,
        msme_id: input.msme_id,
        by: input.actor_id,
      })),
    })
    return new WorkflowResponse(assigned)
  },
)
