import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { categoryCovers } from "../../../../lib/catalog-listing"
import type { StoreCategoryCoversResponse } from "../../../../types/catalog/responses"

/** Each category's published products counted and its newest one's thumbnail: the home page's category tiles. */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse<StoreCategoryCoversResponse>) {
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const covers = await categoryCovers(knex, req.publishable_key_context?.sales_channel_ids ?? [])
  res.setHeader("Cache-Control", "public, max-age=60")
  res.json({ covers })
}
