import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
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
 * The curation records of the products a filter names (category, kecamatan, MSME id or handle), read
 * through the links from the category's and the MSMEs' side; null when no filter is given.
 */
async function filteredCurationIds(req: AuthenticatedMedusaRequest, q: CurationQueueQuery): Promise<string[] | null> {
  if (!q.category && !q.kecamatan && !q.msme) return null
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const sets: Set<string>[] = []
  if (q.category) {
    const { data } = await query.graph({
      entity: "product_category",
      fields: ["products.id"],
      filters: { handle: q.category },
    })
    sets.push(new Set((data as { products?: { id: string }[] }[]).flatMap((c) => (c.products ?? []).map((p) => p.id))))
  }
  if (q.kecamatan || q.msme) {
    const filters: Record<string, unknown> = {}
    if (q.kecamatan) filters.kecamatan = q.kecamatan
    if (q.msme) filters.$or = [{ id: q.msme }, { handle: q.msme }]
    const { data } = await query.graph({ entity: "msme", fields: ["products.id"], filters })
    sets.push(new Set((data as { products?: { id: string }[] }[]).flatMap((m) => (m.products ?? []).map((p) => p.id))))
  }
  const [first, ...rest] = sets
  const productIds = [...first!].filter((id) => rest.every((s) => s.has(id)))
  if (!productIds.length) return []
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "product_curation.id"],
    filters: { id: productIds },
  })
  return (data as { product_curation?: { id: string } | null }[]).flatMap((p) =>
    p.product_curation ? [p.product_curation.id] : [],
  )
}

/**
 * The curation queue: products waiting for a decision, oldest first (by when they were sent), or
 * revisions of live products (`status=revision`), filtered by category, kecamatan and MSME (id or
 * handle); filtered, ordered and paged in the database. `choices` lists the categories and kecamatan
 * present in this status, for the filters.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as unknown as CurationQueueQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const revision = q.status === "revision"
  const byStatus = revision ? { status: "approved", revision_status: "submitted" } : { status: q.status }
  const ids = await filteredCurationIds(req, q)
  const { data, metadata } =
    ids && !ids.length
      ? { data: [], metadata: { count: 0 } }
      : await query.graph({
          entity: "product_curation",
          fields: FIELDS,
          filters: { ...byStatus, ...(ids ? { id: ids } : {}) } as Record<string, unknown>,
          pagination: {
            take: q.limit,
            skip: q.offset,
            order: revision ? { revision_submitted_at: "ASC" } : { submitted_at: "ASC" },
          },
        })
  const since = (row: Row) => {
    const at = revision ? row.revision_submitted_at : row.submitted_at
    return at ? new Date(at).toISOString() : ""
  }
  const items = (data as unknown as Row[])
    .filter((row) => row.product)
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
  // the filters' choices: what is present in this status (two narrow fields per record)
  const { data: present } = await query.graph({
    entity: "product_curation",
    fields: ["product.categories.handle", "product.categories.name", "product.msme.kecamatan"],
    filters: byStatus as Record<string, unknown>,
  })
  const rows = present as unknown as Row[]
  const categories = [
    ...new Map(rows.flatMap((r) => (r.product?.categories ?? []).map((c) => [c.handle, c.name] as const))).entries(),
  ].map(([handle, name]) => ({ handle, name }))
  const kecamatan = [...new Set(rows.flatMap((r) => (r.product?.msme ? [r.product.msme.kecamatan] : [])))].sort()
  res.json({
    items,
    count: metadata?.count ?? items.length,
    limit: q.limit,
    offset: q.offset,
    choices: { categories, kecamatan },
  })
}
