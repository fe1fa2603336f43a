import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { QuoteBody } from "../../types/export-inquiry/admin-http"
import { createQuoteStep } from "./steps/create-quote"
import { moveInquiryStep } from "./steps/move-inquiry"

export type SendQuoteWorkflowInput = { inquiry_id: string; quote: QuoteBody; actor_id: string | null }

export const sendQuoteWorkflowId = "send-export-inquiry-quote"

/** Staff send a quote: the inquiry becomes "quoted" (a new quote replaces an open one) and the buyer hears of it. */
export const sendQuoteWorkflow = createWorkflow(sendQuoteWorkflowId, (input: SendQuoteWorkflowInput) => {
  // Move first: a quote on an accepted, declined or expired inquiry is refused before anything is written.
  moveInquiryStep(
    transform({ input }, ({ input }) => ({
      inquiry_id: input.inquiry_id,
      to: "quoted" as const,
      actor_type: "staff" as const,
      actor_id: input.actor_id,
      note: null,
    })),
  )
  const quote = createQuoteStep(input)
  emitEventStep({
    eventName: "export_inquiry.quoted",
    data: transform({ quote, input }, ({ quote, input }) => ({ id: input.inquiry_id, quote_id: quote.id })),
  })
  return new WorkflowResponse(quote)
})
