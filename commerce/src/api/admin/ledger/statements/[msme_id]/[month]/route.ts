import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendStatement } from "../../../../../../lib/ledger-statement"

/** An MSME's monthly statement for staff (JSON, or `?format=csv`). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  await sendStatement(req, res, req.params.msme_id!, req.params.month!)
}
