import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { runtimeConfig } from "../../../../../lib/runtime-config"
import {
  INVITATION_DAYS,
  invitationEmail,
  invitationLink,
  newInvitationToken,
} from "../../../../../lib/seller-invitations"
import { SELLER_MODULE } from "../../../../../modules/seller"
import type SellerModuleService from "../../../../../modules/seller/service"
import type { InviteSellerBody } from "../../validators"

/**
 * Staff invite a person to sell for this MSME: an email with a one-time link (14 days). The link is
 * also in the answer, so staff can send it by WhatsApp when email does not reach the MSME. A failing
 * email does not lose the invitation; the answer says it was not sent.
 */
export async function POST(req: AuthenticatedMedusaRequest<InviteSellerBody>, res: MedusaResponse) {
  const msmeId = req.params.id as string
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "msme", fields: ["id", "name"], filters: { id: msmeId } })
  const msme = data[0] as { id: string; name: string } | undefined
  if (!msme) throw new MedusaError(MedusaError.Types.NOT_FOUND, `MSME ${msmeId} was not found`)
  const email = req.validatedBody.email.toLowerCase()
  const sellers: SellerModuleService = req.scope.resolve(SELLER_MODULE)
  if ((await sellers.listSellers({ email })).length) {
    throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `${email} has a seller account already`)
  }
  const { token, hash } = newInvitationToken()
  const invitation = await sellers.createSellerInvitations({
    msme_id: msme.id,
    email,
    name: req.validatedBody.name,
    token_hash: hash,
    expires_at: new Date(Date.now() + INVITATION_DAYS * 24 * 3600_000),
    invited_by: req.auth_context.actor_id,
  })
  const link = invitationLink(runtimeConfig().env.STOREFRONT_URL, token)
  let emailed = true
  try {
    await req.scope.resolve(Modules.NOTIFICATION).createNotifications({
      to: email,
      channel: "email",
      template: "seller-invitation",
      content: invitationEmail({ name: req.validatedBody.name, msme: msme.name, link, days: INVITATION_DAYS }),
      data: { msme_id: msme.id, invitation_id: invitation.id, link },
      idempotency_key: `seller-invitation-${invitation.id}`,
    })
  } catch {
    emailed = false
  }
  res.status(201).json({
    invitation: { id: invitation.id, email, name: invitation.name, expires_at: invitation.expires_at },
    link,
    emailed,
  })
}
