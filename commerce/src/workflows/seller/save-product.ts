import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { setProductProductOptionsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { createGalleryProductsWorkflow } from "../product/create-gallery-products"
import type { SellerProductPlan } from "../product/plan"
import {
  ensureVariantInventoryStep,
  planVariantOptionsStep,
  setProductStockStep,
  translateProductStep,
  updateProductProfileStep,
} from "../product/steps/gallery-product"
import { type PlanSellerProductInput, planSellerProductStep } from "./steps/plan-product"

export type CreateSellerProductInput = Omit<PlanSellerProductInput, "existing">

/**
 * A seller lists a new product: the body checked against the database first (their own photos, an
 * existing category), then made by the gallery's one product workflow (a draft until curation
 * approves it). Any failing step undoes the others.
 */
export const createSellerProductWorkflow = createWorkflow(
  "create-seller-product",
  (request: CreateSellerProductInput) => {
    const plan = planSellerProductStep(request)
    const products = createGalleryProductsWorkflow.runAsStep({
      input: transform({ plan }, ({ plan }) => ({
        sales_channel_id: plan.defaults.sales_channel_id,
        shipping_profile_id: plan.defaults.shipping_profile_id,
        location_id: plan.defaults.stock_location_id,
        products: [plan],
      })),
    })
    return new WorkflowResponse(transform({ products }, ({ products }) => products[0]!))
  },
)

export type ApplySellerProductInput = { product_id: string; plan: SellerProductPlan }

/**
 * Writes a seller's product body onto an existing product: fields, photos, variants and prices (by
 * name; new names are added, names left out are removed), export profile, stock, English text. Its status is
 * left alone: publishing stays with curation. Any failing step undoes the others.
 */
export const applySellerProductWorkflow = createWorkflow("apply-seller-product", (input: ApplySellerProductInput) => {
  // new variant names become values of the product's option (created and linked to this product) first
  const options = planVariantOptionsStep(
    transform({ input }, ({ input }) => ({
      product_id: input.product_id,
      names: input.plan.variants.map((v) => v.title),
    })),
  )
  when({ options }, ({ options }) => options.missing.length > 0).then(() => {
    setProductProductOptionsWorkflow.runAsStep({
      input: transform({ input, options }, ({ input, options }) => ({
        product_id: input.product_id,
        update: [{ product_option_id: options.option_id!, add: options.missing.map((value) => ({ value })) }],
      })),
    })
  })
  const updated = updateProductsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      selector: { id: input.product_id },
      update: { ...input.plan.fields, variants: input.plan.variants },
    })),
  })
  ensureVariantInventoryStep(transform({ input, updated }, ({ input }) => ({ product_id: input.product_id })))
  updateProductProfileStep(
    transform({ input }, ({ input }) => ({ product_id: input.product_id, profile: input.plan.profile })),
  )
  setProductStockStep(
    transform({ input }, ({ input }) => ({
      location_id: input.plan.location_id,
      items: [{ product_id: input.product_id, stock: input.plan.stock }],
      keep_existing: input.plan.keep_stock,
    })),
  )
  translateProductStep(
    transform({ input }, ({ input }) => ({ items: [{ product_id: input.product_id, ...input.plan.english }] })),
  )
  return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]!))
})
