import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ownProduct, planSellerProduct } from "../../../../../lib/seller-products"
import { revisionWorkflow } from "../../../../../workflows/curation/revision"
import { applySellerProductWorkflow } from "../../../../../workflows/seller/save-product"
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
  // planned either way: a revision with foreign photos or an unknown category is refused now, not at review
  const plan = await planSellerProduct(req.scope, msme, req.validatedBody, product)
  if (product.product_curation?.status === "approved") {
    await revisionWorkflow(req.scope).run({
      input: {
        product_id: product.id,
        event: "submitted",
        revision: { body: req.validatedBody, by: seller.id },
        actor_id: seller.id,
      },
    })
    res.status(202).json({ product: await sellerProductView(req.scope, product.id), revision: "submitted" })
    return
  }
  await applySellerProductWorkflow(req.scope).run({ input: { product_id: product.id, plan } })
  res.json({ product: await sellerProductView(req.scope, product.id) })
}
