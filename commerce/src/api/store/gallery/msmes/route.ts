import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreMsmeListQuery } from "../../../../types/msme/http"
import type { StoreMsmeListResponse } from "../../../../types/msme/responses"

/** A page of the active MSMEs, counted (the sitemap's MSME pages and the MSME directory). */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreMsmeListResponse>) {
  const { limit, offset, order } = req.validatedQuery as StoreMsmeListQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "msme",
    fields: ["handle", "name", "kecamatan", "sector", "updated_at"],
    filters: { status: "active" },
    pagination: {
      take: limit,
      skip: offset,
      order: order === "name" ? { name: "ASC", id: "ASC" } : { created_at: "ASC", id: "ASC" },
    },
  })
  res.setHeader("Cache-Control", "public, max-age=300")
  res.json({ msmes: data as StoreMsmeListResponse["msmes"], count: metadata?.count ?? data.length, limit, offset })
}
