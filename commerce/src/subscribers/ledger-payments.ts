import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { bookPaymentWorkflow } from "../workflows/ledger/book-payments"

/**
 * A captured payment books each line's sale and commission for its MSME; a refund books the
 * reversal. At least once is enough: every entry is booked once by its reference.
 */
export default async function ledgerPayments({ event, container }: SubscriberArgs<{ id?: string }>) {
  if (!event.data.id) return
  await bookPaymentWorkflow(container).run({
    input: { payment_id: event.data.id, event: event.name === "payment.refunded" ? "refunded" : "captured" },
  })
}

export const config: SubscriberConfig = {
  event: ["payment.captured", "payment.refunded"],
  context: { subscriberId: "ledger-payments" },
}
