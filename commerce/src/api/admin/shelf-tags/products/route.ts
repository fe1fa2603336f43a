import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  galleryLocationId,
  SHOWROOM_STOCK_FIELDS,
  type StockedVariant,
  showroomStock,
} from "../../../../lib/gallery-location"
import type { ShelfTagProductsQuery } from "../../../../types/catalog/http"
import type { AdminShelfTagProductsResponse } from "../../../../types/catalog/responses"

type Row = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  msme?: { name: string } | null
  variants?: StockedVariant[]
}

/** Published products to print shelf tags for, by name or matching the search words, with their showroom stock. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, ShelfTagProductsQuery>,
  res: MedusaResponse<AdminShelfTagProductsResponse>,
) {
  const { q, limit, offset } = req.validatedQuery as ShelfTagProductsQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data, metadata }, galleryId] = await Promise.all([
    query.graph({
      entity: "product",
      fields: ["id", "handle", "title", "thumbnail", "msme.name", ...SHOWROOM_STOCK_FIELDS],
      filters: { status: "published", ...(q ? { q } : {}) } as Parameters<typeof query.graph>[0]["filters"],
      pagination: { take: limit, skip: offset, order: { title: "ASC", id: "ASC" } },
    }),
    galleryLocationId(req.scope).catch(() => null),
  ])
  res.json({
    products: (data as Row[]).map((p) => ({
      id: p.id,
      handle: p.handle,
      title: p.title,
      thumbnail: p.thumbnail,
      msme: p.msme?.name ?? null,
      at_gallery: showroomStock(p.variants, galleryId)?.available ?? null,
    })),
    count: metadata?.count ?? data.length,
    limit,
    offset,
  })
}
