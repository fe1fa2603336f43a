import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"

export const createSellerStepId = "create-seller"

export type CreateSellerInput = {
  email: string
  name: string
  role: "owner" | "member"
  onboarding: "self" | "staff_assisted" | "invited"
  created_by: string | null
}

/** Creates a seller account (one per email). Undone by deleting it. */
export const createSellerStep = createStep(
  createSellerStepId,
  async (input: CreateSellerInput, { container }) => {
    const service: SellerModuleService = (container as MedusaContainer).resolve(SELLER_MODULE)
    const email = input.email.toLowerCase()
    if ((await service.listSellers({ email })).length) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `A seller account for ${email} exists already: sign in instead`,
      )
    }
    const seller = await service.createSellers({ ...input, email })
    return new StepResponse(seller, seller.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: SellerModuleService = (container as MedusaContainer).resolve(SELLER_MODULE)
    await service.deleteSellers(id)
  },
)
