import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  galleryLocationId,
  SHOWROOM_STOCK_FIELDS,
  type StockedVariant,
  showroomStock,
} from "../../../../../lib/gallery-location"
import { verifiedPermits } from "../../../../../modules/msme/permits"
import type { StoreGalleryProductResponse } from "../../../../../types/msme/responses"
import type { GalleryProductProfile } from "../../../../../types/product/workflow"

type Row = {
  id: string
  handle: string
  status: string
  msme?:
    | (Omit<StoreGalleryProductResponse["msme"], "verified_permits"> & {
        status: string
        permits?: { type: string; number: string; status: string; expires_at: string | null }[]
      })
    | null
  msme_product_profile?: GalleryProductProfile | null
  variants?: StockedVariant[]
}

/**
 * What the gallery adds to a published product for buyers: its MSME (story, village, verified
 * permits) and its origin and export data. Unpublished products are not found.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreGalleryProductResponse>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  // read beside the product; a gallery without its location (not seeded yet) shows no showroom stock
  const galleryId = galleryLocationId(req.scope).catch(() => null)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "handle",
      "status",
      "msme.handle",
      "msme.name",
      "msme.kecamatan",
      "msme.desa",
      "msme.story_id",
      "msme.story_en",
      "msme.whatsapp",
      "msme.image_url",
      "msme.status",
      "msme.permits.type",
      "msme.permits.number",
      "msme.permits.status",
      "msme.permits.expires_at",
      "msme_product_profile.*",
      ...SHOWROOM_STOCK_FIELDS,
    ],
    filters: { handle: req.params.handle as string },
  })
  const product = data[0] as Row | undefined
  if (product?.status !== "published" || product.msme?.status !== "active") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.handle} was not found`)
  }
  const { status: _status, permits, ...msme } = product.msme
  const profile = product.msme_product_profile ?? null
  res.setHeader("Cache-Control", "public, max-age=60")
  res.json({
    product_id: product.id,
    at_gallery: showroomStock(product.variants, await galleryId),
    msme: {
      ...msme,
      verified_permits: verifiedPermits(permits),
    },
    profile: profile && {
      origin_kecamatan: profile.origin_kecamatan,
      material: profile.material,
      export_ready: profile.export_ready,
      hs_code: profile.hs_code,
      moq: profile.moq,
      moq_unit: profile.moq_unit,
      lead_time_days: profile.lead_time_days,
      capacity_per_month: profile.capacity_per_month,
      packed_length_cm: profile.packed_length_cm,
      packed_width_cm: profile.packed_width_cm,
      packed_height_cm: profile.packed_height_cm,
      packed_weight_kg: profile.packed_weight_kg,
      shelf_life_months: profile.shelf_life_months,
    },
  })
}
