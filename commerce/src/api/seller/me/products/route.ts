import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SellerProductsResponse } from "../../../../types/seller/responses"
import { createSellerProductWorkflow } from "../../../../workflows/seller/save-product"
import { sellerContext } from "../../helpers"
import { sellerProductView } from "../../products"
import type { SellerProductBody } from "../../validators"

type Row = {
  id: string
  handle: string
  title: string
  status: string
  thumbnail: string | null
  product_curation?: {
    status: string
    notes: string | null
    submitted_at: string | null
    decided_at: string | null
  } | null
}

/**
 * The MSME's own products with where each stands in curation and the reviewer's notes (what to
 * change when changes were requested, why when rejected), grouped counts for the dashboard.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<SellerProductsResponse>) {
  const { msme } = await sellerContext(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "msme",
    fields: [
      "products.id",
      "products.handle",
      "products.title",
      "products.status",
      "products.thumbnail",
      "products.product_curation.status",
      "products.product_curation.notes",
      "products.product_curation.submitted_at",
      "products.product_curation.decided_at",
    ],
    filters: { id: msme.id },
  })
  const rows = ((data[0] as unknown as { products?: Row[] } | undefined)?.products ?? []).sort((a, b) =>
    a.title.localeCompare(b.title),
  )
  const products = rows.map(({ product_curation, ...p }) => ({
    ...p,
    curation: {
      status: product_curation?.status ?? "draft",
      notes: product_curation?.notes ?? null,
      submitted_at: product_curation?.submitted_at ?? null,
      decided_at: product_curation?.decided_at ?? null,
    },
  }))
  const by_curation: Record<string, number> = {}
  for (const p of products) by_curation[p.curation.status] = (by_curation[p.curation.status] ?? 0) + 1
  res.json({ products, count: products.length, by_curation })
}

/** A seller lists a new product (a draft: it reaches buyers only after curation approves it). */
export async function POST(req: AuthenticatedMedusaRequest<SellerProductBody>, res: MedusaResponse) {
  const { msme } = await sellerContext(req)
  const { result } = await createSellerProductWorkflow(req.scope).run({ input: { msme, body: req.validatedBody } })
  res.status(201).json({ product: await sellerProductView(req.scope, result.id) })
}
