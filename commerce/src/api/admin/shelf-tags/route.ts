import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { runtimeConfig } from "../../../lib/runtime-config"
import { shelfTagsFor, writeShelfTagsPdf } from "../../../lib/shelf-tags"
import type { ShelfTagsQuery } from "../../../types/catalog/http"

/**
 * The showroom's shelf tags of these products as an A4 PDF of ten tags a sheet: names in both
 * languages, price in rupiah, MSME, permits and a QR code to the product's page. Products that are
 * not published (or whose MSME is not active) are refused by name, so no tag points at nothing.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ShelfTagsQuery>, res: MedusaResponse) {
  const { ids } = req.validatedQuery as ShelfTagsQuery
  const { tags, missing } = await shelfTagsFor(req.scope, ids, runtimeConfig().env.STOREFRONT_URL)
  if (missing.length)
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `These products are not on sale, so they get no shelf tag: ${missing.join(", ")}`,
    )
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", 'inline; filename="label-rak-galeri-caruban.pdf"')
  res.setHeader("Cache-Control", "no-store")
  await writeShelfTagsPdf(res, tags)
}
