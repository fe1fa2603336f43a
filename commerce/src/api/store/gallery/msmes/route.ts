import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Handles and names of the active MSMEs (for the sitemap and MSME directory). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "msme",
    fields: ["handle", "name", "kecamatan", "sector", "updated_at"],
    filters: { status: "active" },
    pagination: { take: 5000, order: { name: "ASC" } },
  })
  res.setHeader("Cache-Control", "public, max-age=300")
  res.json({ msmes: data })
}
