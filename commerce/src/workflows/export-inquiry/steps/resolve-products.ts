import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const resolveInquiryProductsStepId = "resolve-inquiry-products"

export type InquiryProduct = { id: string; title: string; handle: string; msme_id: string | null }

/**
 * The gallery products an inquiry asks about, as buyers can see them: published (approved products
 * of active MSMEs) ones only. An unknown or hidden product is refused, never silently dropped.
 */
export const resolveInquiryProductsStep = createStep(
  resolveInquiryProductsStepId,
  async (productIds: string[], { container }) => {
    const ids = [...new Set(productIds)]
    if (!ids.length) return new StepResponse([] as InquiryProduct[])
    const query = (container as MedusaContainer).resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "title", "handle", "status", "msme.id"],
      filters: { id: ids, status: "published" },
    })
    const found = new Map(
      (data as { id: string; title: string; handle: string; msme?: { id: string } | null }[]).map((p) => [p.id, p]),
    )
    const missing = ids.filter((id) => !found.has(id))
    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `These products are not in the gallery's catalog (or no longer offered): ${missing.join(", ")}`,
      )
    }
    return new StepResponse(
      ids.map((id) => {
        const p = found.get(id)!
        return { id, title: p.title, handle: p.handle, msme_id: p.msme?.id ?? null }
      }),
    )
  },
)
