import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { MSME_MODULE } from "../../modules/msme"
import { SELLER_MODULE } from "../../modules/seller"
import type SellerModuleService from "../../modules/seller/service"
import { createSellerStep } from "./steps/create-seller"

/** Marks an invitation used (once, before it expires, by the invited email); compensation reopens it. */
const useInvitationStep = createStep(
  "use-seller-invitation",
  async (input: { token_hash: string; email: string }, { container }) => {
    const sellers: SellerModuleService = (container as MedusaContainer).resolve(SELLER_MODULE)
    const [invitation] = await sellers.listSellerInvitations({ token_hash: input.token_hash })
    if (!invitation)
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        "This invitation link is not valid: ask the gallery for a new one.",
      )
    if (invitation.accepted_at) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "This invitation was used already: sign in with its email instead.",
      )
    }
    if (new Date(invitation.expires_at).getTime() < Date.now()) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "This invitation has expired: ask the gallery for a new one.",
      )
    }
    if (invitation.email.toLowerCase() !== input.email.toLowerCase()) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `This invitation is for ${invitation.email}: sign up with that email address.`,
      )
    }
    await sellers.updateSellerInvitations({ id: invitation.id, accepted_at: new Date() })
    return new StepResponse(invitation, invitation.id)
  },
  async (id, { container }) => {
    if (!id) return
    const sellers: SellerModuleService = (container as MedusaContainer).resolve(SELLER_MODULE)
    await sellers.updateSellerInvitations({ id, accepted_at: null, seller_id: null })
  },
)

const recordAcceptedStep = createStep(
  "record-seller-invitation-accepted",
  async (input: { invitation_id: string; seller_id: string }, { container }) => {
    const sellers: SellerModuleService = (container as MedusaContainer).resolve(SELLER_MODULE)
    await sellers.updateSellerInvitations({ id: input.invitation_id, seller_id: input.seller_id })
    return new StepResponse(null)
  },
)

export type AcceptInvitationInput = { token_hash: string; auth_identity_id: string; email: string; name: string }

/**
 * An invited person signs up: the invitation is used, a seller account (recorded as invited, and by
 * whom) is opened for the invitation's MSME and bound to the new sign-in. Any failure undoes all of it.
 */
export const acceptSellerInvitationWorkflow = createWorkflow(
  "accept-seller-invitation",
  (input: AcceptInvitationInput) => {
    const invitation = useInvitationStep(
      transform({ input }, ({ input }) => ({ token_hash: input.token_hash, email: input.email })),
    )
    const seller = createSellerStep(
      transform({ input, invitation }, ({ input, invitation }) => ({
        email: input.email,
        name: input.name,
        role: "member" as const,
        onboarding: "invited" as const,
        created_by: invitation.invited_by,
      })),
    )
    createRemoteLinkStep(
      transform({ invitation, seller }, ({ invitation, seller }) => [
        { [MSME_MODULE]: { msme_id: invitation.msme_id }, [SELLER_MODULE]: { seller_id: seller.id } },
      ]),
    )
    setAuthAppMetadataStep(
      transform({ input, seller }, ({ input, seller }) => ({
        authIdentityId: input.auth_identity_id,
        actorType: "seller",
        value: seller.id,
      })),
    )
    recordAcceptedStep(
      transform({ invitation, seller }, ({ invitation, seller }) => ({
        invitation_id: invitation.id,
        seller_id: seller.id,
      })),
    )
    return new WorkflowResponse(seller)
  },
)
