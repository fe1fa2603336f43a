import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The MSMEs whose goods the gallery holds or ships (names only), for the stock keepers' forms. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "msme",
    fields: ["id", "name", "kecamatan"],
    filters: { status: "active" },
    pagination: { order: { name: "ASC" }, take: 5000 },
  })
  res.json({ msmes: data })
}
