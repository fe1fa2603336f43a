import type { MedusaContainer } from "@medusajs/framework/types"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../modules/seller"
import { INVITATION_DAYS, invitationEmail } from "../../modules/seller/invitations"
import type SellerModuleService from "../../modules/seller/service"
import type { InviteSellerInput } from "../../types/seller/workflow"
import { sendNotificationsStep } from "../notifications/steps/send-notifications"

/** Records a one-time invitation (its token only as a hash); undone by deleting it. */
const createSellerInvitationStep = createStep(
  "create-seller-invitation",
  async (input: InviteSellerInput, { container }) => {
    const sellers: SellerModuleService = (container as MedusaContainer).resolve(SELLER_MODULE)
    const invitation = await sellers.createSellerInvitations({
      msme_id: input.msme.id,
      email: input.email,
      name: input.name,
      token_hash: input.token_hash,
      expires_at: input.expires_at,
      invited_by: input.invited_by,
    })
    return new StepResponse(invitation, invitation.id)
  },
  async (id, { container }) => {
    if (!id) return
    const sellers: SellerModuleService = (container as MedusaContainer).resolve(SELLER_MODULE)
    await sellers.deleteSellerInvitations(id)
  },
)

/**
 * Staff invite a person to sell for an MSME: the invitation is recorded, then emailed the gallery's
 * one way. A failing email does not lose the invitation (staff send the link by WhatsApp instead).
 */
export const inviteSellerWorkflow = createWorkflow("invite-seller", (input: InviteSellerInput) => {
  const invitation = createSellerInvitationStep(input)
  const email = transform({ input, invitation }, ({ input, invitation }) => ({
    on_failure: "log" as const,
    messages: [
      {
        to: input.email,
        channel: "email" as const,
        template: "seller-invitation",
        content: invitationEmail({ name: input.name, msme: input.msme.name, link: input.link, days: INVITATION_DAYS }),
        data: { msme_id: input.msme.id, invitation_id: invitation.id, link: input.link },
        idempotency_key: `seller-invitation-${invitation.id}`,
      },
    ],
  }))
  const sent = sendNotificationsStep(email)
  return new WorkflowResponse(
    transform({ invitation, sent }, ({ invitation, sent }) => ({ invitation, emailed: sent.sent === 1 })),
  )
})
