import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { consignmentOrders, remaining } from "../../../../../../lib/consignment-orders"
import type { StoreShipmentsResponse } from "../../../../../../types/consignment/responses"

/**
 * A buyer's parcels, for the order page (reached, like Medusa's own store order route, by the order's
 * id): courier, waybill and tracking link of each, its lines, and what is still being prepared.
 * Nothing about who packed it or from where.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreShipmentsResponse>) {
  const id = req.params.id ?? ""
  const [order] = /^order_[0-9A-Z]{10,40}$/i.test(id) ? await consignmentOrders(req.scope, { id }, 1) : []
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${id} was not found`)
  const title = (lineId: string) => {
    const line = order.lines.find((l) => l.id === lineId)
    return line
      ? `${line.title}${line.variant_title && line.variant_title !== "Default" ? ` (${line.variant_title})` : ""}`
      : ""
  }
  res.set("Cache-Control", "private, no-store")
  res.json({
    shipments: order.shipments.map((s) => ({
      courier_name: s.courier_name,
      waybill: s.waybill,
      tracking_url: s.tracking_url,
      packed_at: s.packed_at,
      shipped_at: s.shipped_at,
      delivered_at: s.delivered_at,
      items: s.items.map((i) => ({ title: title(i.line_item_id), quantity: i.quantity })),
    })),
    preparing: order.lines.filter((l) => remaining(l) > 0).map((l) => ({ title: title(l.id), quantity: remaining(l) })),
  })
}
