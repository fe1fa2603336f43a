import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { type AddMessageInput, addInquiryMessageStep } from "./steps/add-message"

export const addInquiryMessageWorkflowId = "add-export-inquiry-message"

/** A reply in an inquiry's thread (buyer, staff or MSME; staff notes can be internal), then the other side hears of it. */
export const addInquiryMessageWorkflow = createWorkflow(addInquiryMessageWorkflowId, (input: AddMessageInput) => {
  const message = addInquiryMessageStep(input)
  emitEventStep({
    eventName: "export_inquiry.message_added",
    data: transform({ message, input }, ({ message, input }) => ({
      id: input.inquiry_id,
      message_id: message.id,
      author_type: input.author_type,
      internal: input.internal,
    })),
  })
  return new WorkflowResponse(message)
})
