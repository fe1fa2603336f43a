import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { InquiryEvent } from "../modules/export-inquiry/messages"
import { notifyInquiryWorkflow } from "../workflows/export-inquiry/notify"

/** Every inquiry event becomes notifications. A failure is logged, never undoes the inquiry. */
export default async function exportInquiryNotifications({
  event,
  container,
}: SubscriberArgs<Record<string, unknown>>) {
  const logger = container.resolve("logger")
  const input = { ...event.data, name: event.name } as InquiryEvent
  try {
    await notifyInquiryWorkflow(container).run({ input })
  } catch (error) {
    const reason =
      error instanceof Error ? error.message : ((error as { message?: string })?.message ?? JSON.stringify(error))
    logger.error(
      `export inquiry ${input.id}: notifications for ${event.name} failed after retries (${reason}). The inquiry is stored; staff can follow up from Medusa Admin.`,
    )
  }
}

export const config: SubscriberConfig = {
  event: [
    "export_inquiry.submitted",
    "export_inquiry.quoted",
    "export_inquiry.message_added",
    "export_inquiry.status_changed",
    "export_inquiry.assigned",
  ],
  context: { subscriberId: "export-inquiry-notifications" },
}
