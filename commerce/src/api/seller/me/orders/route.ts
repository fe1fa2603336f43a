import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { consignmentOrders, isPaid, remaining } from "../../../../lib/consignment-orders"
import type { SellerOrdersResponse } from "../../../../types/seller/responses"
import { sellerContext } from "../../helpers"

type OrderRow = {
  id: string
  display_id: number
  status: string
  created_at: string
  currency_code: string
  payment_status?: string
  fulfillment_status?: string
  shipping_address?: { country_code?: string | null } | null
  items?: {
    id: string
    product_id: string | null
    title: string
    variant_title: string | null
    variant_sku: string | null
    quantity: number
    unit_price: number
  }[]
}

/**
 * Orders with the MSME's products, newest first: its own lines only (another MSME's lines in the same
 * cart stay hidden), what was ordered, how many and at what price, and where it goes (country only:
 * the gallery ships, buyers' names and addresses stay with the gallery), with how each line ships.
 * The buyer's address is shown only where the MSME ships from its own workshop: a paid order with
 * lines its workshop holds.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<SellerOrdersResponse>) {
  const { msme } = await sellerContext(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: rows } = await query.graph({ entity: "msme", fields: ["products.id"], filters: { id: msme.id } })
  const own = new Set(((rows[0] as unknown as { products?: { id: string }[] })?.products ?? []).map((p) => p.id))
  if (!own.size) {
    res.json({ orders: [], count: 0 })
    return
  }
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "status",
      "created_at",
      "currency_code",
      "payment_status",
      "fulfillment_status",
      "shipping_address.country_code",
      "items.id",
      "items.product_id",
      "items.title",
      "items.variant_title",
      "items.variant_sku",
      "items.quantity",
      "items.unit_price",
    ],
    filters: { items: { product_id: [...own] } } as never,
    pagination: { order: { created_at: "DESC" }, take: 100 },
  })
  const placed = data as unknown as OrderRow[]
  const work = new Map(
    (placed.length ? await consignmentOrders(req.scope, { id: placed.map((o) => o.id) }, placed.length) : []).map(
      (o) => [o.id, o],
    ),
  )
  const orders = placed
    .map((order) => {
      const lines = (order.items ?? []).filter((item) => item.product_id && own.has(item.product_id))
      const consignment = work.get(order.id)
      const line = (id: string) => consignment?.lines.find((l) => l.id === id)
      const workshop = lines.filter((l) => line(l.id)?.mode === "workshop")
      const paid = consignment ? isPaid(consignment) : false
      return {
        id: order.id,
        display_id: order.display_id,
        status: order.status,
        // Medusa computes payment_status only on its own order routes: the consignment view works it out
        payment_status: consignment?.payment_status ?? order.payment_status ?? null,
        fulfillment_status: order.fulfillment_status ?? null,
        created_at: order.created_at,
        currency_code: order.currency_code,
        country_code: order.shipping_address?.country_code ?? null,
        items: lines.map((item) => ({
          id: item.id,
          product_id: item.product_id,
          title: item.title,
          variant_title: item.variant_title,
          sku: item.variant_sku,
          quantity: Number(item.quantity),
          unit_price: Number(item.unit_price),
          total: Number(item.unit_price) * Number(item.quantity),
          mode: line(item.id)?.mode ?? "gallery",
          fulfilled: line(item.id)?.fulfilled ?? 0,
        })),
        shipments: (consignment?.shipments ?? []).filter((s) => s.source === "workshop" && s.msme_id === msme.id),
        ship_to: workshop.length && paid && order.status !== "canceled" ? (consignment?.address ?? null) : null,
        to_pack:
          paid &&
          order.status !== "canceled" &&
          workshop.some((l) => (line(l.id) ? remaining(line(l.id)!) > 0 : false)),
      }
    })
    .filter((order) => order.items.length > 0)
  res.json({ orders, count: orders.length })
}
