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
