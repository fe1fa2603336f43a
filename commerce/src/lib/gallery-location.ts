import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"

/** The gallery's own stock location (the showroom and its shelves in Sumber), as the store setup names it. */
export const STOCK_LOCATION_NAME = "Galeri UMKM Caruban, Sumber"

/** The gallery's own stock location, where gallery-held products are kept and picked. */
export async function galleryLocationId(container: MedusaContainer): Promise<string> {
  const locations = container.resolve(Modules.STOCK_LOCATION)
  const [location] = await locations.listStockLocations({ name: STOCK_LOCATION_NAME }, { take: 1 })
  if (!location)
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      "The gallery's stock location is not set up yet: run the seed first.",
    )
  return location.id
}

/** A product's variants as Query reads them for showroomStock (SHOWROOM_STOCK_FIELDS). */
export type StockedVariant = {
  manage_inventory: boolean | null
  inventory_items?: {
    inventory?: {
      location_levels?: { location_id: string; stocked_quantity: number | null; reserved_quantity: number | null }[]
    } | null
  }[]
}

/** The Query fields of a product that showroomStock reads. */
export const SHOWROOM_STOCK_FIELDS = [
  "variants.manage_inventory",
  "variants.inventory_items.inventory.location_levels.location_id",
  // available is stocked less reserved (Query does not compute the model's available_quantity when asked for it alone)
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

/**
 * How many pieces of a product stand in the gallery's showroom now (available at its stock
 * location: seen and bought there today), or null when its stock is not kept (or the gallery's
 * location is not known).
 */
export function showroomStock(
  variants: StockedVariant[] | undefined,
  galleryId: string | null,
): { available: number } | null {
  const kept = (variants ?? []).filter((v) => v.manage_inventory)
  if (!kept.length || !galleryId) return null
  const available = kept
    .flatMap((v) => v.inventory_items ?? [])
    .flatMap((i) => i.inventory?.location_levels ?? [])
    .filter((level) => level.location_id === galleryId)
    .reduce(
      (sum, level) => sum + Math.max(0, Number(level.stocked_quantity ?? 0) - Number(level.reserved_quantity ?? 0)),
      0,
    )
  return { available }
}
