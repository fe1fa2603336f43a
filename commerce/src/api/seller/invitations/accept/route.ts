import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { hashInvitationToken } from "../../../../modules/seller/invitations"
import { acceptSellerInvitationWorkflow } from "../../../../workflows/seller/accept-invitation"
import { newSignIn } from "../../helpers"
import type { AcceptInvitationBody } from "../../validators"

/** An invited person, after `POST /auth/seller/emailpass/register`, opens their seller account for the inviting MSME. */
export async function POST(req: AuthenticatedMedusaRequest<AcceptInvitationBody>, res: MedusaResponse) {
  const { auth_identity_id, email } = await newSignIn(req)
  const { result } = await acceptSellerInvitationWorkflow(req.scope).run({
    input: {
      token_hash: hashInvitationToken(req.validatedBody.token),
      auth_identity_id,
      email,
      name: req.validatedBody.name,
    },
  })
  res.status(201).json({ seller: result })
}
