import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { activeByKecamatan, publishedProductCounts } from "../../../../lib/msme-directory"
import type { StoreMsmeListQuery } from "../../../../types/msme/http"
import type { StoreMsmeListResponse } from "../../../../types/msme/responses"

type Row = Omit<StoreMsmeListResponse["msmes"][number], "product_count"> & { id: string }

const excerpt = (text: string | null | undefined) => {
  const t = (text ?? "").trim()
  return t.length <= 280 ? t : `${t.slice(0, t.lastIndexOf(" ", 279) > 200 ? t.lastIndexOf(" ", 279) : 279)}…`
}

/**
 * A page of the active MSMEs, counted (the sitemap's MSME pages and the MSME directory), filtered by
 * kecamatan, craft or sector, with each one's published products and the directory map's counts.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreMsmeListResponse>) {
  const { limit, offset, order, kecamatan, craft, sector } = req.validatedQuery as StoreMsmeListQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const filters = {
    status: "active",
    ...(kecamatan ? { kecamatan } : {}),
    ...(craft ? { craft } : {}),
    ...(sector ? { sector } : {}),
  } as Parameters<typeof query.graph>[0]["filters"]
  const [{ data, metadata }, kecamatan_counts] = await Promise.all([
    query.graph({
      entity: "msme",
      fields: [
        "id",
        "handle",
        "name",
        "kecamatan",
        "desa",
        "sector",
        "craft",
        "story_id",
        "story_en",
        "image_url",
        "updated_at",
      ],
      filters,
      pagination: {
        take: limit,
        skip: offset,
        order: order === "name" ? { name: "ASC", id: "ASC" } : { created_at: "ASC", id: "ASC" },
      },
    }),
    activeByKecamatan(knex, { craft, sector }),
  ])
  const rows = data as Row[]
  const counts = await publishedProductCounts(
    knex,
    rows.map((r) => r.id),
  )
  res.setHeader("Cache-Control", "public, max-age=300")
  res.json({
    msmes: rows.map(({ id, story_id, story_en, ...m }) => ({
      ...m,
      story_id: excerpt(story_id),
      story_en: excerpt(story_en),
      product_count: counts.get(id) ?? 0,
    })),
    count: metadata?.count ?? rows.length,
    limit,
    offset,
    kecamatan_counts,
  })
}
