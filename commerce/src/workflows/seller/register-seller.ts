import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { MSME_MODULE } from "../../modules/msme"
import { SELLER_MODULE } from "../../modules/seller"
import { createMsmeWorkflow } from "../msme/create-msme"
import type { MsmeInput } from "../msme/types"
import { createSellerStep } from "./steps/create-seller"

export type RegisterSellerInput = {
  auth_identity_id: string
  seller: { email: string; name: string }
  msme: Omit<MsmeInput, "status">
}

export const registerSellerWorkflowId = "register-seller"

/**
 * Seller sign-up: the MSME is created in "pending" (staff verify it before anything is shown to
 * buyers), the seller account is created and linked to it, and the sign-in identity is bound to the
 * seller actor. Any failure undoes all of it.
 */
export const registerSellerWorkflow = createWorkflow(registerSellerWorkflowId, (input: RegisterSellerInput) => {
  const { msme } = createMsmeWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      msme: { ...input.msme, status: "pending" as const, source: "seller" as const },
    })),
  })
  const seller = createSellerStep(
    transform({ input }, ({ input }) => ({
      email: input.seller.email,
      name: input.seller.name,
      role: "owner" as const,
      onboarding: "self" as const,
      created_by: null,
    })),
  )
  createRemoteLinkStep(
    transform({ msme, seller }, ({ msme, seller }) => [
      { [MSME_MODULE]: { msme_id: msme.id }, [SELLER_MODULE]: { seller_id: seller.id } },
    ]),
  )
  setAuthAppMetadataStep(
    transform({ input, seller }, ({ input, seller }) => ({
      authIdentityId: input.auth_identity_id,
      actorType: "seller",
      value: seller.id,
    })),
  )
  return new WorkflowResponse(transform({ msme, seller }, ({ msme, seller }) => ({ msme, seller })))
})
