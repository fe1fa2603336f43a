import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { CreateGalleryProductsInput } from "../../types/product/workflow"
import { createDraftCurationsStep } from "../curation/steps/ensure-curation"
import { DRAFT } from "./plan"
import { linkGalleryProductsStep, setProductStockStep, translateProductStep } from "./steps/gallery-product"

export const createGalleryProductsWorkflowId = "create-gallery-products"

/**
 * The one way a gallery product is made, for a seller's new listing and the demo catalog alike:
 * created as a draft (only curation approval publishes) in the gallery's sales channel, linked to
 * its MSME with its origin and export profile, stock at the gallery, English text, and a curation
 * record in "draft". Takes one product or a batch; any failing step undoes the others.
 */
export const createGalleryProductsWorkflow = createWorkflow(
  createGalleryProductsWorkflowId,
  (input: CreateGalleryProductsInput) => {
    const products = createProductsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        products: input.products.map((plan) => ({
          ...plan.fields,
          options: plan.options,
          handle: plan.handle,
          status: DRAFT,
          sales_channels: [{ id: input.sales_channel_id }],
          shipping_profile_id: input.shipping_profile_id,
          variants: plan.variants,
        })),
      })),
    })
    // the created products, in the order of the plans (matched by handle)
    const made = transform({ input, products }, ({ input, products }) => {
      const byHandle = new Map(products.map((p) => [p.handle, p.id]))
      return input.products.map((plan) => ({ plan, product_id: byHandle.get(plan.handle)! }))
    })
    linkGalleryProductsStep(
      transform({ made }, ({ made }) => ({
        items: made.map(({ plan, product_id }) => ({ msme_id: plan.msme_id, product_id, profile: plan.profile })),
      })),
    )
    setProductStockStep(
      transform({ input, made }, ({ input, made }) => ({
        location_id: input.location_id,
        items: made.map(({ plan, product_id }) => ({ product_id, stock: plan.stock })),
      })),
    )
    translateProductStep(
      transform({ made }, ({ made }) => ({
        items: made.map(({ plan, product_id }) => ({ product_id, ...plan.english })),
      })),
    )
    createDraftCurationsStep(transform({ made }, ({ made }) => made.map((m) => m.product_id)))
    // for what comes after a product is made (a hook that throws undoes the whole batch)
    const galleryProductsCreated = createHook("galleryProductsCreated", {
      product_ids: transform({ made }, ({ made }) => made.map((m) => m.product_id)),
    })
    return new WorkflowResponse(products, { hooks: [galleryProductsCreated] })
  },
)
