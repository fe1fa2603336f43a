import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordOrderSalesWorkflow } from "../workflows/office/record-order-sales"

type Data = { id?: string; order_id?: string }

/**
 * Every event that changes what an order is worth (placed, edited, cancelled, claims and exchanges)
 * records the order again in the office's sales read model; at least once is enough, since
 * recording twice gives the same rows.
 */
export default async function officeSales({ event, container }: SubscriberArgs<Data>) {
  const id = event.data.order_id ?? event.data.id
  if (!id) return
  await recordOrderSalesWorkflow(container).run({ input: { order_ids: [id] } })
}

export const config: SubscriberConfig = {
  event: [
    "order.placed",
    "order.updated",
    "order.canceled",
    "order.completed",
    "order-edit.confirmed",
    "order.claim_created",
    "order.exchange_created",
    "order.return_received",
  ],
  context: { subscriberId: "office-order-sales" },
}
