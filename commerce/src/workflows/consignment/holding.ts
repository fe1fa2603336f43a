import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { galleryLocationId } from "../../lib/consignment-orders"
import { CONSIGNMENT_MODULE } from "../../modules/consignment"
import type { FulfilmentMode } from "../../modules/consignment/rules"
import type ConsignmentModuleService from "../../modules/consignment/service"
import { DEFAULT_HOLDING } from "../../modules/consignment/service"
import { MSME_MODULE } from "../../modules/msme"

export type SetHoldingInput = {
  product_id: string
  mode: FulfilmentMode
  shelf?: string | null
  low_stock_threshold?: number
}

type Product = {
  id: string
  title: string
  msme?: {
    id: string
    name: string
    address: string | null
    kecamatan: string
    stock_location?: { id: string } | null
  } | null
  variants?: { id: string; inventory_items?: { inventory_item_id: string }[] }[]
}

async function loadProduct(
  container: MedusaContainer,
  id: string,
): Promise<Product & { msme: NonNullable<Product["msme"]> }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "msme.id",
      "msme.name",
      "msme.address",
      "msme.kecamatan",
      "msme.stock_location.id",
      "variants.id",
      "variants.inventory_items.inventory_item_id",
    ],
    filters: { id },
  })
  const product = data[0] as unknown as Product | undefined
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${id} was not found`)
  if (!product.msme)
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Product "${product.title}" belongs to no MSME: it is not on consignment`,
    )
  return product as Product & { msme: NonNullable<Product["msme"]> }
}

/**
 * The MSME's workshop as a stock location, made the first time one of its products is shipped from
 * there: named after the MSME, at its address, selling through the store's channel, linked to it.
 */
const ensureWorkshopStep = createStep(
  "ensure-msme-workshop",
  async (input: { product_id: string; mode: FulfilmentMode }, { container: scope }) => {
    const container = scope as MedusaContainer
    const product = await loadProduct(container, input.product_id)
    const existing = product.msme.stock_location?.id
    if (input.mode !== "workshop" || existing) return new StepResponse(existing ?? null, null)
    const locations = container.resolve(Modules.STOCK_LOCATION)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const [store] = await container.resolve(Modules.STORE).listStores({}, { take: 1 })
    const location = await locations.createStockLocations({
      name: `Bengkel ${product.msme.name}`,
      address: {
        address_1: product.msme.address || `Kecamatan ${product.msme.kecamatan}`,
        city: "Kabupaten Cirebon",
        province: "Jawa Barat",
        country_code: "ID",
      },
      metadata: { msme_id: product.msme.id, kind: "workshop" },
    })
    await link.create([
      { [MSME_MODULE]: { msme_id: product.msme.id }, [Modules.STOCK_LOCATION]: { stock_location_id: location.id } },
      ...(store?.default_sales_channel_id
        ? [
            {
              [Modules.SALES_CHANNEL]: { sales_channel_id: store.default_sales_channel_id },
              [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
            },
          ]
        : []),
    ])
    return new StepResponse(location.id, {
      location_id: location.id,
      msme_id: product.msme.id,
      sales_channel_id: store?.default_sales_channel_id,
    })
  },
  async (made, { container: scope }) => {
    const container = scope as MedusaContainer
    if (!made) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.dismiss([
      { [MSME_MODULE]: { msme_id: made.msme_id }, [Modules.STOCK_LOCATION]: { stock_location_id: made.location_id } },
      ...(made.sales_channel_id
        ? [
            {
              [Modules.SALES_CHANNEL]: { sales_channel_id: made.sales_channel_id },
              [Modules.STOCK_LOCATION]: { stock_location_id: made.location_id },
            },
          ]
        : []),
    ])
    await container.resolve(Modules.STOCK_LOCATION).deleteStockLocations([made.location_id])
  },
)

/** One inventory item's move; `emptied`: the old level had nothing reserved, so it is removed (one level per item). */
type Move = {
  inventory_item_id: string
  from: string
  to: string
  quantity: number
  created: boolean
  emptied: boolean
}

async function applyMoves(container: MedusaContainer, moves: Move[], direction: 1 | -1) {
  const inventory = container.resolve(Modules.INVENTORY)
  for (const m of moves) {
    if (direction === 1) {
      if (m.created)
        await inventory.createInventoryLevels([
          { inventory_item_id: m.inventory_item_id, location_id: m.to, stocked_quantity: 0 },
        ])
      if (m.quantity) {
        await inventory.adjustInventory(m.inventory_item_id, m.from, -m.quantity)
        await inventory.adjustInventory(m.inventory_item_id, m.to, m.quantity)
      }
      if (m.emptied) await inventory.deleteInventoryLevel(m.inventory_item_id, m.from)
    } else {
      if (m.emptied)
        await inventory.createInventoryLevels([
          { inventory_item_id: m.inventory_item_id, location_id: m.from, stocked_quantity: 0 },
        ])
      if (m.quantity) {
        await inventory.adjustInventory(m.inventory_item_id, m.to, -m.quantity)
        await inventory.adjustInventory(m.inventory_item_id, m.from, m.quantity)
      }
      if (m.created) await inventory.deleteInventoryLevel(m.inventory_item_id, m.to)
    }
  }
}

/**
 * The pieces follow the product: what the old location holds beyond its reservations moves to the
 * new one (orders already placed are packed where their pieces were reserved); an old level with
 * nothing reserved is removed, so a product's stock is in one place.
 */
const moveStockStep = createStep(
  "move-consignment-stock",
  async (input: { product_id: string; mode: FulfilmentMode; workshop: string | null }, { container: scope }) => {
    const container = scope as MedusaContainer
    const consignment: ConsignmentModuleService = container.resolve(CONSIGNMENT_MODULE)
    const current = (await consignment.holdings([input.product_id])).get(input.product_id)!
    if (current.mode === input.mode) return new StepResponse([], [] as Move[])
    const product = await loadProduct(container, input.product_id)
    const gallery = await galleryLocationId(container)
    const workshop = input.workshop ?? product.msme.stock_location?.id
    if (!workshop) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This MSME has no workshop stock location")
    const [from, to] = input.mode === "workshop" ? [gallery, workshop] : [workshop, gallery]
    const inventory = container.resolve(Modules.INVENTORY)
    const items = (product.variants ?? []).flatMap((v) => (v.inventory_items ?? []).map((i) => i.inventory_item_id))
    const levels = items.length ? await inventory.listInventoryLevels({ inventory_item_id: items }) : []
    const moves: Move[] = items.map((item) => {
      const old = levels.find((l) => l.inventory_item_id === item && l.location_id === from)
      const free = old ? Math.max(0, Number(old.stocked_quantity) - Number(old.reserved_quantity)) : 0
      return {
        inventory_item_id: item,
        from,
        to,
        quantity: old ? free : 0,
        created: !levels.some((l) => l.inventory_item_id === item && l.location_id === to),
        emptied: Boolean(old) && Number(old!.reserved_quantity) === 0,
      }
    })
    await applyMoves(container, moves, 1)
    return new StepResponse(moves, moves)
  },
  async (moves, { container: scope }) => {
    const container = scope as MedusaContainer
    if (moves?.length) await applyMoves(container, moves, -1)
  },
)

const saveHoldingStep = createStep(
  "save-consignment-holding",
  async (input: SetHoldingInput, { container: scope }) => {
    const container = scope as MedusaContainer
    const consignment: ConsignmentModuleService = container.resolve(CONSIGNMENT_MODULE)
    const product = await loadProduct(container, input.product_id)
    const [before] = await consignment.listConsignmentProducts({ product_id: input.product_id })
    const values = {
      mode: input.mode,
      shelf: input.shelf === undefined ? (before?.shelf ?? null) : input.shelf,
      low_stock_threshold:
        input.low_stock_threshold ?? before?.low_stock_threshold ?? DEFAULT_HOLDING.low_stock_threshold,
    }
    const saved = before
      ? await consignment.updateConsignmentProducts({ id: before.id, ...values })
      : await consignment.createConsignmentProducts({
          product_id: input.product_id,
          msme_id: product.msme.id,
          ...values,
        })
    return new StepResponse(saved, { id: saved.id, before: before ?? null })
  },
  async (undo, { container: scope }) => {
    const container = scope as MedusaContainer
    if (!undo) return
    const consignment: ConsignmentModuleService = container.resolve(CONSIGNMENT_MODULE)
    if (!undo.before) await consignment.deleteConsignmentProducts([undo.id])
    else
      await consignment.updateConsignmentProducts({
        id: undo.id,
        mode: undo.before.mode,
        shelf: undo.before.shelf,
        low_stock_threshold: undo.before.low_stock_threshold,
      })
  },
)

/**
 * Sets how a product is held: from the gallery's shelf or from its MSME's workshop (made as a stock
 * location the first time), its shelf and restock threshold. A change of mode moves the free pieces
 * to the new location; any failing step undoes the others.
 */
export const setHoldingWorkflow = createWorkflow("set-consignment-holding", (input: SetHoldingInput) => {
  const workshop = ensureWorkshopStep(
    transform({ input }, ({ input }) => ({ product_id: input.product_id, mode: input.mode })),
  )
  moveStockStep(
    transform({ input, workshop }, ({ input, workshop }) => ({
      product_id: input.product_id,
      mode: input.mode,
      workshop,
    })),
  )
  return new WorkflowResponse(saveHoldingStep(input))
})
