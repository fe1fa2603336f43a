import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  consignmentOrders,
  galleryLocationId,
  isPaid,
  openOrderIds,
  remaining,
} from "../../../../lib/consignment-orders"
import type { PickListResponse } from "../../../../types/consignment/responses"

/**
 * What the stock keepers pick today: every paid order's gallery-held lines not yet packed, across
 * orders, grouped by shelf and then MSME (the order a picker walks the shelves), oldest order first.
 * Orders still waiting for their payment are counted, not listed.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<PickListResponse>) {
  const ids = await openOrderIds(req.scope, await galleryLocationId(req.scope))
  const orders = (ids.length ? await consignmentOrders(req.scope, { id: ids }, ids.length) : []).filter(
    (o) => o.status !== "canceled",
  )
  const groups = new Map<string, PickListResponse["groups"][number]>()
  const summary: PickListResponse["orders"] = []
  let awaiting = 0
  for (const order of orders) {
    const gallery = order.lines.filter((l) => l.mode === "gallery")
    const toPack = gallery.filter((l) => remaining(l) > 0)
    const unshipped = order.shipments.filter((s) => s.source === "gallery" && !s.shipped_at).length
    if (!toPack.length && !unshipped) continue
    if (!isPaid(order)) {
      awaiting++
      continue
    }
    summary.push({
      id: order.id,
      display_id: order.display_id,
      created_at: order.created_at,
      to_pack: toPack.reduce((n, l) => n + remaining(l), 0),
      packed_unshipped: unshipped,
    })
    for (const line of toPack) {
      const key = `${line.shelf ?? "~"}|${line.msme_name ?? ""}|${line.msme_id ?? ""}`
      const group = groups.get(key) ?? {
        shelf: line.shelf,
        msme_id: line.msme_id,
        msme_name: line.msme_name,
        lines: [],
      }
      group.lines.push({
        order_id: order.id,
        display_id: order.display_id,
        line_item_id: line.id,
        title: line.title,
        variant_title: line.variant_title,
        sku: line.sku,
        quantity: remaining(line),
      })
      groups.set(key, group)
    }
  }
  res.json({
    groups: [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, "id")).map(([, g]) => g),
    orders: summary,
    awaiting_payment: awaiting,
  })
}
