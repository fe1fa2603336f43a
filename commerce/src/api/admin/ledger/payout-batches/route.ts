import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PayoutBatchBody } from "../../../../types/ledger/http"
import { createPayoutBatchWorkflow } from "../../../../workflows/ledger/payouts"

/** A payout batch for the MSMEs chosen: one transfer each, for what is due to it now. */
export async function POST(req: AuthenticatedMedusaRequest<PayoutBatchBody>, res: MedusaResponse) {
  const { result } = await createPayoutBatchWorkflow(req.scope).run({
    input: { msme_ids: req.validatedBody.msme_ids, created_by: req.auth_context.actor_id },
  })
  res.status(201).json({ batch: { id: result } })
}
