import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { runtimeConfig } from "../../../../lib/runtime-config"
import { RUBRIC } from "../../../../modules/curation/rubric"
import { revisionView, sellerProductView } from "../../../seller/products"

/**
 * One product for review: its data in both languages (as the MSME entered it, and any revision
 * waiting), how buyers would see it (its storefront address), its MSME with permits, the curation
 * state with the whole history (who decided, when, scores and notes), and the rubric.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const id = req.params.id as string
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "product_curation.*",
      "msme.id",
      "msme.handle",
      "msme.name",
      "msme.owner_name",
      "msme.kecamatan",
      "msme.desa",
      "msme.status",
      "msme.whatsapp",
      "msme.permits.*",
      "msme_product_profile.*",
    ],
    filters: { id },
  })
  const row = data[0] as unknown as
    | {
        product_curation?: Record<string, unknown> | null
        msme?: Record<string, unknown> | null
        msme_product_profile?: unknown
      }
    | undefined
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${id} was not found`)
  const view = await sellerProductView(req.scope, id)
  const curation = row.product_curation ?? {}
  res.json({
    product: {
      ...view,
      curation: undefined,
      profile: row.msme_product_profile ?? null,
      storefront_url: `${runtimeConfig().env.STOREFRONT_URL.replace(/\/$/, "")}/produk/${view.handle}`,
    },
    msme: row.msme ?? null,
    curation: {
      status: curation.status ?? "draft",
      notes: curation.notes ?? null,
      submitted_at: curation.submitted_at ?? null,
      decided_at: curation.decided_at ?? null,
      decided_by: curation.decided_by ?? null,
      scores: curation.scores ?? null,
      grade: curation.grade ?? null,
      history: (curation.history as { entries?: unknown[] } | undefined)?.entries ?? [],
      revision: revisionView(curation),
    },
    rubric: RUBRIC,
  })
}
