import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { curationQueuePage } from "../../../lib/curation-queue"
import type { CurationQueueQuery } from "./validators"

type Row = {
  id: string
  status: string
  submitted_at: string | null
  revision_status: string | null
  revision_submitted_at: string | null
  grade: string | null
  product?: {
    id: string
    title: string
    handle: string
    thumbnail: string | null
    status: string
    categories?: { handle: string; name: string }[]
    msme?: { id: string; handle: string; name: string; kecamatan: string; status: string } | null
  } | null
}

const FIELDS = [
  "id",
  "status",
  "submitted_at",
  "revision_status",
  "revision_submitted_at",
  "grade",
  "product.id",
  "product.title",
  "product.handle",
  "product.thumbnail",
  "product.status",
  "product.categories.handle",
  "product.categories.name",
  "product.msme.id",
  "product.msme.handle",
  "product.msme.name",
  "product.msme.kecamatan",
  "product.msme.status",
]

/**
 * The curation queue: products waiting for a decision, oldest first (by when they were sent), or
 * revisions of live products (`status=revision`), filtered by category, kecamatan and MSME (id or
 * handle); filtered, ordered and paged in the database. `choices` lists the categories and kecamatan
 * present in this status, for the filters.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as unknown as CurationQueueQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const revision = q.status === "revision"
  const { ids, count, choices } = await curationQueuePage(knex, q, { limit: q.limit, offset: q.offset })
  const { data } = ids.length
    ? await query.graph({ entity: "product_curation", fields: FIELDS, filters: { id: ids } })
    : { data: [] }
  const byId = new Map((data as unknown as Row[]).map((row) => [row.id, row]))
  const since = (row: Row) => {
    const at = revision ? row.revision_submitted_at : row.submitted_at
    return at ? new Date(at).toISOString() : ""
  }
  const items = ids
    .map((id) => byId.get(id))
    .filter((row): row is Row => Boolean(row?.product))
    .map((row) => ({
      product_id: row.product!.id,
      title: row.product!.title,
      handle: row.product!.handle,
      thumbnail: row.product!.thumbnail,
      product_status: row.product!.status,
      category: row.product!.categories?.[0] ?? null,
      msme: row.product!.msme ?? null,
      curation: {
        status: row.status,
        grade: row.grade,
        since: since(row) || null,
        revision_status: row.revision_status,
      },
    }))
  res.json({
    items,
    count,
    limit: q.limit,
    offset: q.offset,
    choices,
  })
}
