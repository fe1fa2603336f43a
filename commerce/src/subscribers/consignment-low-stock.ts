import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { checkLowStockWorkflow } from "../workflows/consignment/stock"

/**
 * After each order, the gallery's stock of what it sold is checked against the MSMEs' restock
 * thresholds; a variant that reached its threshold opens a notice and its MSME is emailed once.
 */
export default async function consignmentLowStock({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["items.variant_id"], filters: { id: event.data.id } })
  const variants = [
    ...new Set(((data[0] as { items?: { variant_id: string | null }[] })?.items ?? []).map((i) => i.variant_id)),
  ].filter(Boolean) as string[]
  if (variants.length) await checkLowStockWorkflow(container).run({ input: { variant_ids: variants } })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "consignment-low-stock" },
}
