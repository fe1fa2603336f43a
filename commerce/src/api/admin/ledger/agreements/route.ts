import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AgreementBody } from "../../../../types/ledger/http"
import { setAgreementWorkflow } from "../../../../workflows/ledger/payouts"

/** A new consignment agreement for an MSME (its commission from a date, its bank account). */
export async function POST(req: AuthenticatedMedusaRequest<AgreementBody>, res: MedusaResponse) {
  const { commission_percent, ...body } = req.validatedBody
  const { result } = await setAgreementWorkflow(req.scope).run({
    input: { ...body, commission_bps: Math.round(commission_percent * 100), created_by: req.auth_context.actor_id },
  })
  res.status(201).json({ agreement: result })
}
