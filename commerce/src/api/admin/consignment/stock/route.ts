import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { galleryLocationId } from "../../../../lib/consignment-orders"
import { CONSIGNMENT_MODULE } from "../../../../modules/consignment"
import type ConsignmentModuleService from "../../../../modules/consignment/service"
import type { StockRowsResponse } from "../../../../types/consignment/responses"

/**
 * One MSME's goods at the gallery, variant by variant: how each is held, its shelf, what the
 * gallery's location holds, has reserved and has free, and its restock threshold. The counting sheet
 * of an opname and the list a delivery is counted in against.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StockRowsResponse>) {
  const msmeId = String(req.query.msme_id ?? "")
  if (!/^msme_[0-9A-Z]{10,40}$/.test(msmeId))
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "msme_id is an MSME's id (msme_...)")
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "msme",
    fields: [
      "id",
      "products.id",
      "products.title",
      "products.variants.id",
      "products.variants.title",
      "products.variants.sku",
      "products.variants.inventory_items.inventory_item_id",
    ],
    filters: { id: msmeId },
  })
  const msme = data[0] as unknown as
    | {
        products?: {
          id: string
          title: string
          variants?: {
            id: string
            title: string
            sku: string | null
            inventory_items?: { inventory_item_id: string }[]
          }[]
        }[]
      }
    | undefined
  if (!msme) throw new MedusaError(MedusaError.Types.NOT_FOUND, `MSME ${msmeId} was not found`)
  const products = msme.products ?? []
  const consignment: ConsignmentModuleService = req.scope.resolve(CONSIGNMENT_MODULE)
  const holdings = await consignment.holdings(products.map((p) => p.id))
  const gallery = await galleryLocationId(req.scope)
  const items = products
    .flatMap((p) => (p.variants ?? []).map((v) => v.inventory_items?.[0]?.inventory_item_id))
    .filter(Boolean) as string[]
  const levels = items.length
    ? await req.scope.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: items, location_id: gallery })
    : []
  res.json({
    rows: products
      .flatMap((p) =>
        (p.variants ?? []).map((v) => {
          const h = holdings.get(p.id)!
          const level = levels.find((l) => l.inventory_item_id === v.inventory_items?.[0]?.inventory_item_id)
          const stocked = Number(level?.stocked_quantity ?? 0)
          const reserved = Number(level?.reserved_quantity ?? 0)
          return {
            product_id: p.id,
            variant_id: v.id,
            title: v.title && v.title !== "Default" ? `${p.title} (${v.title})` : p.title,
            sku: v.sku,
            mode: h.mode,
            shelf: h.shelf,
            threshold: h.low_stock_threshold,
            stocked,
            reserved,
            available: stocked - reserved,
          }
        }),
      )
      .sort((a, b) => (a.shelf ?? "~").localeCompare(b.shelf ?? "~") || a.title.localeCompare(b.title, "id")),
  })
}
