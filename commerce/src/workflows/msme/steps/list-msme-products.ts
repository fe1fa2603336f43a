import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const listMsmeProductIdsStepId = "list-msme-product-ids"

/** The ids of the products an MSME lists. No side effect. */
export const listMsmeProductIdsStep = createStep(listMsmeProductIdsStepId, async (msmeId: string, { container }) => {
  const query = (container as MedusaContainer).resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "msme", fields: ["id", "products.id"], filters: { id: msmeId } })
  const products = ((data[0] as { products?: { id: string }[] } | undefined)?.products ?? []).map((p) => p.id)
  return new StepResponse(products)
})
