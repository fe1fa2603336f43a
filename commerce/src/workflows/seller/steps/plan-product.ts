import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SellerProductBody } from "../../../types/seller/http"
import { type ExistingVariant, planSellerProduct } from "../../product/plan"

export type PlanSellerProductInput = {
  msme: { id: string; handle: string; kecamatan?: unknown }
  body: SellerProductBody
  /** the product being changed: its handle and variants (kept by name) */
  existing?: { id?: string; handle: string; status?: string; variants: ExistingVariant[] }
}

/**
 * The check before any write: the seller's body turned into product data against the database (the
 * photos are the MSME's own, the category exists, the store is set up). Reads only; nothing to undo.
 */
export const planSellerProductStep = createStep(
  "plan-seller-product",
  async (input: PlanSellerProductInput, { container }) =>
    new StepResponse(await planSellerProduct(container as MedusaContainer, input.msme, input.body, input.existing)),
)
