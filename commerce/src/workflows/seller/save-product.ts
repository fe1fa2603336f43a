import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import {
  createProductsWorkflow,
  setProductProductOptionsWorkflow,
  updateProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { DRAFT, type SellerProductPlan } from "../../lib/seller-products"
import { ensureCurationStep } from "../curation/steps/ensure-curation"
import { type PlanSellerProductInput, planSellerProductStep } from "./steps/plan-product"
import {
  ensureVariantInventoryStep,
  linkSellerProductStep,
  planVariantOptionsStep,
  setProductStockStep,
  translateProductStep,
  updateProductProfileStep,
} from "./steps/product-extras"

export type CreateSellerProductInput = Omit<PlanSellerProductInput, "existing">

/**
 * A seller lists a new product: created as a draft (only curation approval publishes), in the
 * gallery's sales channel, linked to the seller's MSME with its origin and export profile, stock at
 * the gallery, English text, and a curation record in "draft". Any failing step undoes the others.
 */
export const createSellerProductWorkflow = createWorkflow(
  "create-seller-product",
  (request: CreateSellerProductInput) => {
    // checked against the database before anything is written
    const plan = planSellerProductStep(request)
    const input = transform({ plan }, ({ plan }) => ({ plan }))
    const products = createProductsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        products: [
          {
            ...input.plan.fields,
            options: input.plan.options,
            handle: input.plan.handle,
            status: DRAFT,
            sales_channels: [{ id: input.plan.defaults.sales_channel_id }],
            shipping_profile_id: input.plan.defaults.shipping_profile_id,
            variants: input.plan.variants,
          },
        ],
      })),
    })
    const productId = transform({ products }, ({ products }) => products[0]!.id)
    linkSellerProductStep(
      transform({ input, productId }, ({ input, productId }) => ({
        msme_id: input.plan.msme_id,
        product_id: productId,
        profile: input.plan.profile,
      })),
    )
    setProductStockStep(
      transform({ input, productId }, ({ input, productId }) => ({
        product_id: productId,
        location_id: input.plan.location_id,
        stock: input.plan.stock,
      })),
    )
    translateProductStep(
      transform({ input, productId }, ({ input, productId }) => ({ product_id: productId, ...input.plan.english })),
    )
    ensureCurationStep(productId)
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
      product_id: input.product_id,
      location_id: input.plan.location_id,
      stock: input.plan.stock,
    })),
  )
  translateProductStep(transform({ input }, ({ input }) => ({ product_id: input.product_id, ...input.plan.english })))
  return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]!))
})
