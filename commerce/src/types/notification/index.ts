/**
 * One message for Medusa's Notification Module, as every sender in the gallery plans it: an
 * idempotency key is required, so a retried send (or a redelivered event) never sends it twice.
 */
export type PlannedNotification = {
  to: string
  channel: "email" | "feed"
  template: string
  idempotency_key: string
  content?: { subject?: string; text?: string; html?: string }
  data?: Record<string, unknown>
}

/** What a failed message does: "throw" fails the workflow (after every retry), "log" records it and goes on. */
export type NotificationFailure = "throw" | "log"

export type SendNotificationsInput = { messages: PlannedNotification[]; on_failure: NotificationFailure }

export type SendNotificationsResult = { sent: number; failed: string[] }
