import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreProductMakersQuery } from "../../../../types/catalog/http"
import type { StoreProductMakersResponse } from "../../../../types/catalog/responses"

type Row = { id: string; msme?: { handle: string; name: string; kecamatan: string; status: string } | null }

/**
 * Who makes each of these published products (MSME name, handle, kecamatan), for product cards:
 * two MSMEs make "Mega Mendung Hand-drawn Batik Cloth", and a card tells them apart by its maker.
 * The Store API's product fields are an allow-list without our links, so cards ask here.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreProductMakersResponse>) {
  const { ids } = req.validatedQuery as StoreProductMakersQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "msme.handle", "msme.name", "msme.kecamatan", "msme.status"],
    filters: { id: ids, status: "published" },
  })
  const makers: StoreProductMakersResponse["makers"] = {}
  for (const row of data as Row[])
    if (row.msme?.status === "active")
      makers[row.id] = { handle: row.msme.handle, name: row.msme.name, kecamatan: row.msme.kecamatan }
  res.setHeader("Cache-Control", "public, max-age=30")
  res.json({ makers })
}
