import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CURATION_MODULE } from "../../../modules/curation"
import type CurationModuleService from "../../../modules/curation/service"

export const ensureCurationStepId = "ensure-product-curation"

type Created = { curation_id: string; product_id: string } | null

/** Finds the product's curation record, or creates it (draft) and links it. Compensation removes what it created. */
export const ensureCurationStep = createStep(
  ensureCurationStepId,
  async (productId: string, { container }) => {
    const query = (container as MedusaContainer).resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "product_curation.*"],
      filters: { id: productId },
    })
    const product = data[0] as { id: string; product_curation?: { id: string; status: string } | null } | undefined
    if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${productId} was not found`)
    if (product.product_curation) return new StepResponse(product.product_curation, null as Created)

    const service: CurationModuleService = container.resolve(CURATION_MODULE)
    const curation = await service.createProductCurations({ status: "draft" })
    const link = (container as MedusaContainer).resolve(ContainerRegistrationKeys.LINK)
    await link.create({
      [Modules.PRODUCT]: { product_id: productId },
      [CURATION_MODULE]: { product_curation_id: curation.id },
    })
    return new StepResponse(curation, { curation_id: curation.id, product_id: productId } as Created)
  },
  async (created, { container }) => {
    if (!created) return
    const link = (container as MedusaContainer).resolve(ContainerRegistrationKeys.LINK)
    await link.dismiss({
      [Modules.PRODUCT]: { product_id: created.product_id },
      [CURATION_MODULE]: { product_curation_id: created.curation_id },
    })
    const service: CurationModuleService = container.resolve(CURATION_MODULE)
    await service.deleteProductCurations(created.curation_id)
  },
)

/**
 * New products start in curation as drafts: a record for each, linked. Compensation removes them.
 * (For a product that may have one already, ensureCurationStep finds it instead.)
 */
export const createDraftCurationsStep = createStep(
  "create-draft-curations",
  async (productIds: string[], { container }) => {
    const service: CurationModuleService = container.resolve(CURATION_MODULE)
    const curations = await service.createProductCurations(productIds.map(() => ({ status: "draft" as const })))
    const links = productIds.map((product_id, i) => ({
      [Modules.PRODUCT]: { product_id },
      [CURATION_MODULE]: { product_curation_id: curations[i]!.id },
    }))
    await (container as MedusaContainer).resolve(ContainerRegistrationKeys.LINK).create(links)
    return new StepResponse(curations, { links, ids: curations.map((c) => c.id) })
  },
  async (created, { container }) => {
    if (!created) return
    await (container as MedusaContainer).resolve(ContainerRegistrationKeys.LINK).dismiss(created.links)
    const service: CurationModuleService = container.resolve(CURATION_MODULE)
    await service.deleteProductCurations(created.ids)
  },
)
