import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MarkPaidBody } from "../../../../../../types/ledger/http"
import { markPayoutPaidWorkflow } from "../../../../../../workflows/ledger/payouts"

/** Marks a payout paid with the bank transfer's reference (once: a second time is a 409). */
export async function POST(req: AuthenticatedMedusaRequest<MarkPaidBody>, res: MedusaResponse) {
  await markPayoutPaidWorkflow(req.scope).run({
    input: {
      payout_id: req.params.id!,
      transfer_reference: req.validatedBody.transfer_reference,
      paid_by: req.auth_context.actor_id,
    },
  })
  res.json({ payout: { id: req.params.id, status: "paid" } })
}
