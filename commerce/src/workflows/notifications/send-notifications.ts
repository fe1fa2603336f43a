import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { SendNotificationsInput } from "../../types/notification"
import { sendNotificationsStep } from "./steps/send-notifications"

/** Sends planned messages the gallery's one way (retries, idempotency keys, failures logged). */
export const sendNotificationsWorkflow = createWorkflow("send-notifications", (input: SendNotificationsInput) => {
  return new WorkflowResponse(sendNotificationsStep(input))
})
