import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { listingPage } from "../../../../lib/catalog-listing"
import type { ListingQuery } from "./validators"

/**
 * The ordered ids of the published products of a category or MSME, sorted as a buyer asks
 * (newest, price in the buyer's currency, name), counted and paged in the database. The
 * storefront then reads those products through the Store API.
 */
export async function GET(req: MedusaStoreRequest<unknown, ListingQuery>, res: MedusaResponse) {
  const { category, msme, sort, currency_code, limit, offset } = req.validatedQuery as ListingQuery
  if (!category && !msme) throw new MedusaError(MedusaError.Types.INVALID_DATA, "give a category or an msme handle")
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  let category_id: string | undefined
  if (category) {
    const { data } = await query.graph({
      entity: "product_category",
      fields: ["id"],
      filters: { handle: category, is_active: true, is_internal: false },
    })
    category_id = (data[0] as { id: string } | undefined)?.id
    if (!category_id) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Category ${category} was not found`)
  }
  let msme_id: string | undefined
  if (msme) {
    const { data } = await query.graph({ entity: "msme", fields: ["id", "status"], filters: { handle: msme } })
    const found = data[0] as { id: string; status: string } | undefined
    if (found?.status !== "active") throw new MedusaError(MedusaError.Types.NOT_FOUND, `MSME ${msme} was not found`)
    msme_id = found.id
  }

  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { ids, count } = await listingPage(
    knex,
    { category_id, msme_id, sales_channel_ids: req.publishable_key_context?.sales_channel_ids ?? [] },
    sort,
    currency_code,
    { limit, offset },
  )
  res.setHeader("Cache-Control", "public, max-age=30")
  res.json({ ids, count, limit, offset })
}
