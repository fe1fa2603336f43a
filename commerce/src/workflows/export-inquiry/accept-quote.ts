import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderWorkflow, createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { EXPORT_INQUIRY_MODULE } from "../../modules/export-inquiry"
import { prepareDraftOrderStep } from "./steps/draft-order-input"
import { moveInquiryStep } from "./steps/move-inquiry"

export const acceptQuoteWorkflowId = "accept-export-inquiry-quote"

/**
 * The buyer accepts the quote: the inquiry becomes "accepted" and the quote a Medusa draft order
 * (its lines, prices and currency), linked to the inquiry, for staff to confirm. If the order cannot
 * be made, the acceptance is rolled back and the buyer can try again.
 */
export const acceptQuoteWorkflow = createWorkflow(acceptQuoteWorkflowId, (input: { inquiry_id: string }) => {
  const moved = moveInquiryStep(
    transform({ input }, ({ input }) => ({
      inquiry_id: input.inquiry_id,
      to: "accepted" as const,
      actor_type: "buyer" as const,
      actor_id: null,
      note: null,
    })),
  )
  const orderInput = prepareDraftOrderStep(input)
  // biome-ignore lint/suspicious/noExplicitAny: the order input's type lives in a second copy of @medusajs/types
  const order = createOrderWorkflow.runAsStep({ input: orderInput as any })
  createRemoteLinkStep(
    transform({ order, input }, ({ order, input }) => [
      {
        [EXPORT_INQUIRY_MODULE]: { export_inquiry_id: input.inquiry_id },
        [Modules.ORDER]: { order_id: order.id },
      },
    ]),
  )
  emitEventStep({
    eventName: "export_inquiry.status_changed",
    data: transform({ moved }, ({ moved }) => ({ ...moved, actor_type: "buyer" })),
  })
  return new WorkflowResponse(transform({ order }, ({ order }) => ({ draft_order_id: order.id })))
})
