import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CONSIGNMENT_MODULE } from "../modules/consignment"
import type { CourierCode } from "../modules/consignment/rules"
import { COURIERS } from "../modules/consignment/rules"
import type ConsignmentModuleService from "../modules/consignment/service"
import type { ConsignmentLine, ConsignmentOrder, Shipment } from "../types/consignment/responses"
import { galleryLocationId } from "./gallery-location"

type Row = {
  id: string
  display_id: number
  status: string
  created_at: string | Date
  currency_code: string
  payment_status?: string
  fulfillment_status?: string
  email?: string | null
  shipping_address?: {
    first_name?: string | null
    last_name?: string | null
    address_1?: string | null
    address_2?: string | null
    city?: string | null
    province?: string | null
    postal_code?: string | null
    country_code?: string | null
    phone?: string | null
  } | null
  shipping_methods?: { name: string }[]
  items?: {
    id: string
    product_id: string | null
    variant_id: string | null
    title: string
    product_title?: string | null
    variant_title: string | null
    variant_sku: string | null
    quantity: unknown
    detail?: { quantity: unknown } | null
  }[]
  payment_collections?: { payments?: { captured_at: string | Date | null }[] }[]
  fulfillments?: {
    id: string
    location_id: string
    packed_at: string | Date | null
    shipped_at: string | Date | null
    delivered_at: string | Date | null
    canceled_at: string | Date | null
    metadata?: Record<string, unknown> | null
    labels?: { tracking_number: string; tracking_url: string }[]
    items?: { line_item_id: string | null; quantity: number }[]
  }[]
}

const FIELDS = [
  "id",
  "display_id",
  "status",
  "created_at",
  "currency_code",
  "payment_status",
  "fulfillment_status",
  "email",
  "shipping_address.*",
  "shipping_methods.name",
  "items.id",
  "items.product_id",
  "items.variant_id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.variant_sku",
  "items.quantity",
  "items.detail.quantity",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.refunds.id",
  "fulfillments.id",
  "fulfillments.location_id",
  "fulfillments.packed_at",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "fulfillments.metadata",
  "fulfillments.labels.tracking_number",
  "fulfillments.labels.tracking_url",
  "fulfillments.items.line_item_id",
  "fulfillments.items.quantity",
]

/** Medusa's quantities come as numbers or BigNumber values, depending on the read path. */
const count = (...values: unknown[]) => {
  for (const v of values) {
    const n = typeof v === "object" && v !== null ? Number((v as { numeric?: unknown }).numeric ?? v) : Number(v)
    if (Number.isFinite(n)) return n
  }
  return 0
}

const iso = (d: string | Date | null | undefined) => (d ? new Date(d).toISOString() : null)

/** Orders seen as consignment work: each line with its MSME, who ships it, its shelf, and the shipments so far. */
export async function consignmentOrders(
  container: MedusaContainer,
  filters: Record<string, unknown>,
  take = 200,
): Promise<ConsignmentOrder[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: FIELDS,
    filters: filters as never,
    pagination: { order: { created_at: "ASC" }, take },
  })
  const rows = data as unknown as Row[]
  const productIds = [...new Set(rows.flatMap((o) => (o.items ?? []).map((i) => i.product_id).filter(Boolean)))]
  const lineIds = rows.flatMap((o) => (o.items ?? []).map((i) => i.id))
  const [makers, holdings, reservations, gallery] = await Promise.all([
    productIds.length
      ? query.graph({
          entity: "product",
          fields: ["id", "msme.id", "msme.name"],
          filters: { id: productIds as string[] },
        })
      : Promise.resolve({ data: [] }),
    (container.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).holdings(productIds as string[]),
    lineIds.length
      ? container
          .resolve(Modules.INVENTORY)
          .listReservationItems({ line_item_id: lineIds }, { take: lineIds.length * 4 })
      : Promise.resolve([]),
    galleryLocationId(container),
  ])
  // where each line's pieces are held: its reservation's location (set when the order was placed)
  const reservedAt = new Map(reservations.map((r) => [r.line_item_id as string, r.location_id]))
  const maker = new Map(
    (makers.data as unknown as { id: string; msme?: { id: string; name: string } | null }[]).map((p) => [p.id, p.msme]),
  )
  return rows.map((order) => {
    const live = (order.fulfillments ?? []).filter((f) => !f.canceled_at)
    const fulfilled = new Map<string, number>()
    for (const f of live)
      for (const i of f.items ?? [])
        if (i.line_item_id) fulfilled.set(i.line_item_id, (fulfilled.get(i.line_item_id) ?? 0) + count(i.quantity))
    const lines: ConsignmentLine[] = (order.items ?? []).map((item) => {
      const holding = item.product_id ? holdings.get(item.product_id) : undefined
      const msme = item.product_id ? maker.get(item.product_id) : undefined
      const reserved = reservedAt.get(item.id)
      const mode = reserved ? (reserved === gallery ? "gallery" : "workshop") : (holding?.mode ?? "gallery")
      return {
        id: item.id,
        product_id: item.product_id,
        variant_id: item.variant_id,
        title: item.product_title ?? item.title,
        variant_title: item.variant_title,
        sku: item.variant_sku,
        quantity: count(item.quantity, item.detail?.quantity),
        fulfilled: fulfilled.get(item.id) ?? 0,
        msme_id: msme?.id ?? null,
        msme_name: msme?.name ?? null,
        mode,
        location_id: reserved ?? (mode === "gallery" ? gallery : null),
        shelf: holding?.shelf ?? null,
      }
    })
    const shipments: Shipment[] = live.map((f) => {
      const courier = (f.metadata?.courier as CourierCode | undefined) ?? null
      return {
        id: f.id,
        source: f.metadata?.source === "workshop" ? "workshop" : "gallery",
        msme_id: (f.metadata?.msme_id as string | undefined) ?? null,
        packed_at: iso(f.packed_at),
        shipped_at: iso(f.shipped_at),
        delivered_at: iso(f.delivered_at),
        courier,
        courier_name: courier && COURIERS[courier] ? COURIERS[courier].name : null,
        waybill: f.labels?.[0]?.tracking_number ?? null,
        tracking_url: f.labels?.[0]?.tracking_url || null,
        items: (f.items ?? [])
          .filter((i) => i.line_item_id)
          .map((i) => ({ line_item_id: i.line_item_id!, quantity: count(i.quantity) })),
      }
    })
    const a = order.shipping_address
    return {
      id: order.id,
      display_id: order.display_id,
      status: order.status,
      // Medusa computes payment_status only on its own order routes: paid is a captured payment
      payment_status:
        order.payment_status ??
        ((order.payment_collections ?? []).some((c) => (c.payments ?? []).some((p) => p.captured_at))
          ? "captured"
          : "not_paid"),
      fulfillment_status: order.fulfillment_status ?? null,
      created_at: iso(order.created_at)!,
      currency_code: order.currency_code,
      email: order.email ?? null,
      shipping_method: order.shipping_methods?.[0]?.name ?? null,
      address: a
        ? {
            name: [a.first_name, a.last_name].filter(Boolean).join(" "),
            lines: [a.address_1, a.address_2].filter(Boolean) as string[],
            city: a.city ?? null,
            province: a.province ?? null,
            postal_code: a.postal_code ?? null,
            country_code: a.country_code ?? null,
            phone: a.phone ?? null,
          }
        : null,
      lines,
      shipments,
    }
  })
}

/** Whether an order's payment is in (captured): the gallery packs only paid orders. */
export const isPaid = (order: Pick<ConsignmentOrder, "payment_status">) =>
  order.payment_status === "captured" || order.payment_status === "partially_refunded"

/** What is still to be packed of a line. */
export const remaining = (line: ConsignmentLine) => Math.max(0, line.quantity - line.fulfilled)

/**
 * Orders with work left at a stock location: lines still reserved there (placed, not yet packed) or
 * parcels packed there and not yet shipped. Read from the reservations and fulfillments themselves,
 * so the answer does not depend on how many orders the gallery has had.
 */
export async function openOrderIds(container: MedusaContainer, locationId: string): Promise<string[]> {
  const inventory = container.resolve(Modules.INVENTORY)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [reservations, parcels] = await Promise.all([
    inventory.listReservationItems({ location_id: locationId }, { select: ["id", "line_item_id"], take: 10_000 }),
    fulfillment.listFulfillments({ location_id: locationId, shipped_at: null, canceled_at: null } as never, {
      relations: ["items"],
      take: 10_000,
    }),
  ])
  const lineIds = [
    ...new Set([
      ...reservations.map((r) => r.line_item_id).filter(Boolean),
      ...parcels.flatMap((f) => (f.items ?? []).map((i) => i.line_item_id).filter(Boolean)),
    ]),
  ] as string[]
  if (!lineIds.length) return []
  // an order's lines are its order_item rows (Medusa's order module), one per line item and version
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `select distinct order_id from "order_item" where item_id = any(?) and deleted_at is null`,
    [lineIds],
  )
  return (rows as { order_id: string }[]).map((r) => r.order_id)
}

export { galleryLocationId }
