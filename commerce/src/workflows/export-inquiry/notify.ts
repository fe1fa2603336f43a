import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { InquiryEvent } from "../../lib/inquiry-notifications"
import { planInquiryNotificationsStep, sendInquiryNotificationsStep } from "./steps/notify"

export const notifyInquiryWorkflowId = "notify-export-inquiry"

/** Tells the buyer, staff and MSMEs what happened to an inquiry, each in their own words. */
export const notifyInquiryWorkflow = createWorkflow(notifyInquiryWorkflowId, (event: InquiryEvent) => {
  const messages = planInquiryNotificationsStep(event)
  return new WorkflowResponse(sendInquiryNotificationsStep(messages))
})
