import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SendNotificationsInput, SendNotificationsResult } from "../../../types/notification"

export const sendNotificationsStepId = "send-notifications"

/** Retry delays (ms) for one message: a mail server that hiccups gets three more chances. */
export const NOTIFICATION_RETRY_DELAYS = [250, 1000, 4000]

/**
 * The gallery's one way to send: each planned message through Medusa's Notification Module, retried
 * on failure; idempotency keys make a retry safe. What could not be sent is logged, and either fails
 * the step (`throw`, for senders whose caller reports it) or is only reported (`log`: the change that
 * caused the message stands). Nothing to undo: a sent message cannot be unsent.
 */
export const sendNotificationsStep = createStep(
  sendNotificationsStepId,
  async (input: SendNotificationsInput, { container }) => {
    const c = container as MedusaContainer
    const notifications = c.resolve(Modules.NOTIFICATION)
    const failed: string[] = []
    let sent = 0
    for (const message of input.messages) {
      for (let attempt = 0; ; attempt++) {
        try {
          await notifications.createNotifications(message)
          sent++
          break
        } catch (error) {
          if (attempt >= NOTIFICATION_RETRY_DELAYS.length) {
            failed.push(
              `${message.template} to ${message.to}: ${error instanceof Error ? error.message : String(error)}`,
            )
            break
          }
          await new Promise((r) => setTimeout(r, NOTIFICATION_RETRY_DELAYS[attempt]))
        }
      }
    }
    if (failed.length) {
      const logger = c.resolve("logger")
      for (const f of failed) logger.warn(`notification not sent: ${f}`)
      if (input.on_failure === "throw") {
        throw new Error(`Could not send ${failed.length} notification(s): ${failed.join("; ")}`)
      }
    }
    return new StepResponse<SendNotificationsResult>({ sent, failed })
  },
)
