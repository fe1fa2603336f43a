import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LEDGER_MODULE } from "../../../../modules/ledger"
import type LedgerModuleService from "../../../../modules/ledger/service"
import type { LedgerPageQuery, PayoutBatchBody } from "../../../../types/ledger/http"
import { createPayoutBatchWorkflow } from "../../../../workflows/ledger/payouts"

/** A payout batch for the MSMEs chosen: one transfer each, for what is due to it now. */
export async function POST(req: AuthenticatedMedusaRequest<PayoutBatchBody>, res: MedusaResponse) {
  const { result } = await createPayoutBatchWorkflow(req.scope).run({
    input: { msme_ids: req.validatedBody.msme_ids, created_by: req.auth_context.actor_id },
  })
  res.status(201).json({ batch: { id: result } })
}

/** Payout batches, newest first (paged in the database): how many transfers, how much, how many still unpaid. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ledger: LedgerModuleService = req.scope.resolve(LEDGER_MODULE)
  const { limit, offset } = req.validatedQuery as Omit<LedgerPageQuery, "show">
  const [batches, count] = await ledger.listAndCountLedgerPayoutBatches(
    {},
    { relations: ["payouts"], order: { created_at: "DESC" }, take: limit, skip: offset },
  )
  res.json({
    batches: batches.map((b) => ({
      id: b.id,
      created_at: new Date(b.created_at).toISOString(),
      transfers: b.payouts.length,
      amount: b.payouts.reduce((sum, p) => sum + Number(p.amount), 0),
      unpaid: b.payouts.filter((p) => p.status === "pending").length,
    })),
    count,
  })
}
