import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ownProduct } from "../../../../../workflows/product/plan"
import { saveSellerProductWorkflow } from "../../../../../workflows/seller/update-product"
import { sellerContext } from "../../../helpers"
import { sellerProductView } from "../../../products"
import type { SellerProductBody } from "../../../validators"

/** One of the MSME's products as the product form edits it, with its curation and any pending revision. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { msme } = await sellerContext(req)
  const product = await ownProduct(req.scope, msme.id, req.params.id as string)
  res.json({ product: await sellerProductView(req.scope, product.id) })
}

/**
 * Saves the whole product. A product that is not live yet changes at once (and is submitted when
 * the seller says so); a live (approved) product keeps its approved version for buyers while the
 * change goes to curation as a revision; only approval writes it onto the product.
 */
export async function POST(req: AuthenticatedMedusaRequest<SellerProductBody>, res: MedusaResponse) {
  const { seller, msme } = await sellerContext(req)
  const product = await ownProduct(req.scope, msme.id, req.params.id as string)
  const { result } = await saveSellerProductWorkflow(req.scope).run({
    input: {
      product_id: product.id,
      msme,
      body: req.validatedBody,
      existing: product,
      live: product.product_curation?.status === "approved",
      seller_id: seller.id,
    },
  })
  const view = await sellerProductView(req.scope, product.id)
  if (result.revision) res.status(202).json({ product: view, revision: "submitted" })
  else res.json({ product: view })
}
