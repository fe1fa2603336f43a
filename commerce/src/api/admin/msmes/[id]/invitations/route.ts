import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { runtimeConfig } from "../../../../../lib/runtime-config"
import { SELLER_MODULE } from "../../../../../modules/seller"
import { INVITATION_DAYS, invitationLink, newInvitationToken } from "../../../../../modules/seller/invitations"
import type SellerModuleService from "../../../../../modules/seller/service"
import { inviteSellerWorkflow } from "../../../../../workflows/seller/invite-seller"
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
  const link = invitationLink(runtimeConfig().env.STOREFRONT_URL, token)
  const {
    result: { invitation, emailed },
  } = await inviteSellerWorkflow(req.scope).run({
    input: {
      msme,
      email,
      name: req.validatedBody.name,
      token_hash: hash,
      expires_at: new Date(Date.now() + INVITATION_DAYS * 24 * 3600_000),
      invited_by: req.auth_context.actor_id,
      link,
    },
  })
  res.status(201).json({
    invitation: { id: invitation.id, email, name: invitation.name, expires_at: invitation.expires_at },
    link,
    emailed,
  })
}
