import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { InquiryEvent } from "../../modules/export-inquiry/messages"
import { sendNotificationsStep } from "../notifications/steps/send-notifications"
import { planInquiryNotificationsStep } from "./steps/notify"

export const notifyInquiryWorkflowId = "notify-export-inquiry"

/** Tells the buyer, staff and MSMEs what happened to an inquiry, each in their own words. */
export const notifyInquiryWorkflow = createWorkflow(notifyInquiryWorkflowId, (event: InquiryEvent) => {
  const messages = planInquiryNotificationsStep(event)
  // the inquiry is stored already: a message that cannot be sent fails this workflow, which its caller reports
  const sent = sendNotificationsStep(
    transform({ messages }, ({ messages }) => ({ messages, on_failure: "throw" as const })),
  )
  return new WorkflowResponse(sent)
})
