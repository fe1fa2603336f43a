import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { MSME_MODULE } from "../../modules/msme"
import { SELLER_MODULE } from "../../modules/seller"
import { createSellerStep } from "./steps/create-seller"
import { registerSignInStep } from "./steps/register-sign-in"

export type AddSellerInput = {
  msme_id: string
  email: string
  name: string
  password: string
  role: "owner" | "member"
  staff_id: string | null
}

export const addSellerWorkflowId = "add-seller-to-msme"

/**
 * Staff open a seller account for an MSME (one not online yet, or another person of it): the sign-in,
 * the seller recorded as staff-assisted and by whom, linked to the MSME. Any failure undoes all of it.
 */
export const addSellerWorkflow = createWorkflow(addSellerWorkflowId, (input: AddSellerInput) => {
  const signIn = registerSignInStep(
    transform({ input }, ({ input }) => ({ email: input.email, password: input.password })),
  )
  const seller = createSellerStep(
    transform({ input }, ({ input }) => ({
      email: input.email,
      name: input.name,
      role: input.role,
      onboarding: "staff_assisted" as const,
      created_by: input.staff_id,
    })),
  )
  createRemoteLinkStep(
    transform({ input, seller }, ({ input, seller }) => [
      { [MSME_MODULE]: { msme_id: input.msme_id }, [SELLER_MODULE]: { seller_id: seller.id } },
    ]),
  )
  setAuthAppMetadataStep(
    transform({ signIn, seller }, ({ signIn, seller }) => ({
      authIdentityId: signIn.auth_identity_id,
      actorType: "seller",
      value: seller.id,
    })),
  )
  return new WorkflowResponse(seller)
})
