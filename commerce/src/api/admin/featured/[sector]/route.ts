import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { setFeaturedWorkflow } from "../../../../workflows/curation/set-featured"
import { featuredCollection, featuredList, PRODUCT_FIELDS, type ProductRow, type Sector, sectorOf } from "../helpers"
import type { FeaturedBody } from "../validators"

/**
 * Staff set one sector's featured products (the whole list, in order): only live (approved and
 * published) products of that sector; the home page shows the new list on its next load.
 */
export async function POST(req: AuthenticatedMedusaRequest<FeaturedBody>, res: MedusaResponse) {
  const sector = req.params.sector as Sector
  const collection = await featuredCollection(req.scope, sector)
  const ids = req.validatedBody.product_ids
  if (ids.length) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product", fields: PRODUCT_FIELDS, filters: { id: ids } })
    const found = new Map((data as unknown as ProductRow[]).map((p) => [p.id, p]))
    const problems = ids.flatMap((id) => {
      const p = found.get(id)
      if (!p) return [`${id} was not found`]
      if (p.status !== "published")
        return [`"${p.title}" is not live (only approved products of active MSMEs can be featured)`]
      if (sectorOf(p) !== sector) return [`"${p.title}" is not a ${sector} product`]
      return []
    })
    if (problems.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join("; "))
  }
  await setFeaturedWorkflow(req.scope).run({
    input: { collection_id: collection.id, product_ids: ids, actor_id: req.auth_context.actor_id },
  })
  res.json(await featuredList(req.scope, sector))
}
