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

/**
 * The curation queue: products waiting for a decision, oldest first (by when they were sent), or
 * revisions of live products (`status=revision`), filtered by category, kecamatan and MSME (id or handle).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as unknown as CurationQueueQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_curation",
    fields: [
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
    ],
    filters: q.status === "revision" ? { status: "approved", revision_status: "submitted" } : { status: q.status },
  })
  const since = (row: Row) => {
    const at = q.status === "revision" ? row.revision_submitted_at : row.submitted_at
    return at ? new Date(at).toISOString() : ""
  }
  const items = (data as unknown as Row[])
    .filter((row) => row.product)
    .filter((row) => !q.category || row.product!.categories?.some((c) => c.handle === q.category))
    .filter((row) => !q.kecamatan || row.product!.msme?.kecamatan === q.kecamatan)
    .filter((row) => !q.msme || row.product!.msme?.id === q.msme || row.product!.msme?.handle === q.msme)
    .sort((a, b) => since(a).localeCompare(since(b)))
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
  res.json({ items, count: items.length })
}
