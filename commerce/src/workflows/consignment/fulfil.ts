import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createOrderFulfillmentWorkflow, createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"
import { consignmentOrders, isPaid, remaining } from "../../lib/consignment-orders"
import { type CourierCode, trackingUrl } from "../../modules/consignment/rules"
import type { ConsignmentLine, ConsignmentOrder } from "../../types/consignment/responses"
import { workshopLocationOf } from "./locations"

/** Who packs and ships: the gallery's stock keepers (gallery stock), or one MSME (its workshop's lines). */
export type Packer = { kind: "gallery" } | { kind: "workshop"; msme_id: string }

/** The lines a packer may pack: the gallery's stock, or the lines of this MSME that its workshop holds. */
export function packersLines(order: ConsignmentOrder, packer: Packer): ConsignmentLine[] {
  return order.lines.filter((l) =>
    packer.kind === "gallery" ? l.mode === "gallery" : l.mode === "workshop" && l.msme_id === packer.msme_id,
  )
}

async function orderFor(container: Parameters<typeof consignmentOrders>[0], id: string, packer: Packer) {
  const [order] = await consignmentOrders(container, { id }, 1)
  // an MSME cannot tell another MSME's order from one that does not exist
  if (!order || (packer.kind === "workshop" && !packersLines(order, packer).length))
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${id} was not found`)
  return order
}

export type PackOrderInput = {
  order_id: string
  packer: Packer
  items?: { id: string; quantity: number }[]
  actor_id: string
}

const planPackStep = createStep("plan-consignment-pack", async (input: PackOrderInput, { container: scope }) => {
  const container = scope as MedusaContainer
  const order = await orderFor(container, input.order_id, input.packer)
  const number = `#${order.display_id}`
  if (order.status === "canceled")
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order ${number} is canceled: there is nothing to pack`)
  if (!isPaid(order))
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Order ${number} is not paid yet: pack it once its payment is captured`,
    )
  const mine = packersLines(order, input.packer)
  const byId = new Map(mine.map((l) => [l.id, l]))
  const items = input.items
    ? input.items.map((want) => {
        const line = byId.get(want.id)
        if (!line)
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `Line ${want.id} is not one ${input.packer.kind === "gallery" ? "the gallery ships" : "your workshop ships"} in order ${number}`,
          )
        if (want.quantity > remaining(line))
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `Only ${remaining(line)} of "${line.title}" are left to pack in order ${number}`,
          )
        return { id: line.id, quantity: want.quantity }
      })
    : mine.filter((l) => remaining(l) > 0).map((l) => ({ id: l.id, quantity: remaining(l) }))
  if (!items.length)
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Everything of order ${number} is packed already`)
  const location_id =
    input.packer.kind === "gallery"
      ? mine.find((l) => l.location_id)?.location_id
      : await workshopLocationOf(container, input.packer.msme_id)
  return new StepResponse({
    order_id: order.id,
    items,
    location_id: location_id ?? undefined,
    created_by: input.actor_id,
    metadata: {
      source: input.packer.kind,
      msme_id: input.packer.kind === "workshop" ? input.packer.msme_id : null,
      packed_by: input.actor_id,
    },
  })
})

/**
 * Packs lines of a paid order as one parcel: a Medusa fulfillment from the stock location that holds
 * them (the gallery's, or the MSME's workshop), which takes the pieces out of that location's stock.
 */
export const packOrderWorkflow = createWorkflow("pack-consignment-order", (input: PackOrderInput) => {
  const plan = planPackStep(input)
  const fulfillment = createOrderFulfillmentWorkflow.runAsStep({ input: plan })
  return new WorkflowResponse(fulfillment)
})

export type ShipParcelInput = {
  order_id: string
  fulfillment_id: string
  packer: Packer
  courier: CourierCode
  waybill: string
  actor_id: string
}

const planShipStep = createStep("plan-consignment-ship", async (input: ShipParcelInput, { container: scope }) => {
  const container = scope as MedusaContainer
  const order = await orderFor(container, input.order_id, input.packer)
  const parcel = order.shipments.find((s) => s.id === input.fulfillment_id)
  const theirs =
    parcel &&
    (input.packer.kind === "gallery"
      ? parcel.source === "gallery"
      : parcel.source === "workshop" && parcel.msme_id === input.packer.msme_id)
  if (!parcel || !theirs)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Parcel ${input.fulfillment_id} was not found in this order`)
  if (parcel.shipped_at)
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `This parcel was shipped already${parcel.waybill ? ` (waybill ${parcel.waybill})` : ""}`,
    )
  const url = trackingUrl(input.courier, input.waybill)
  return new StepResponse({
    order_id: order.id,
    fulfillment_id: parcel.id,
    items: parcel.items.map((i) => ({ id: i.line_item_id, quantity: i.quantity })),
    labels: [{ tracking_number: input.waybill, tracking_url: url, label_url: url }],
    created_by: input.actor_id,
    metadata: { courier: input.courier },
  })
})

type CourierInput = { fulfillment_id: string; courier: CourierCode }

const recordCourierStep = createStep(
  "record-consignment-courier",
  async (input: CourierInput, { container: scope }) => {
    const container = scope as MedusaContainer
    const fulfillments = container.resolve(Modules.FULFILLMENT)
    const [before] = await fulfillments.listFulfillments({ id: input.fulfillment_id }, { select: ["id", "metadata"] })
    const metadata = (before?.metadata ?? {}) as Record<string, unknown>
    await fulfillments.updateFulfillment(input.fulfillment_id, { metadata: { ...metadata, courier: input.courier } })
    return new StepResponse(null, { id: input.fulfillment_id, metadata })
  },
  async (previous, { container: scope }) => {
    const container = scope as MedusaContainer
    if (!previous) return
    await container.resolve(Modules.FULFILLMENT).updateFulfillment(previous.id, { metadata: previous.metadata })
  },
)

/** Hands a packed parcel to a courier: its waybill becomes the shipment's tracking label, the courier is kept. */
export const shipParcelWorkflow = createWorkflow("ship-consignment-parcel", (input: ShipParcelInput) => {
  const plan = planShipStep(input)
  recordCourierStep(
    transform({ input }, ({ input }) => ({ fulfillment_id: input.fulfillment_id, courier: input.courier })),
  )
  const shipment = createOrderShipmentWorkflow.runAsStep({ input: plan })
  return new WorkflowResponse(shipment)
})
