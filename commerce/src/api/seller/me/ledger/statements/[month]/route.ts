import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendStatement } from "../../../../../../lib/ledger-statement"
import { sellerContext } from "../../../../helpers"

/** The signed-in MSME's statement of a month (JSON, or `?format=csv`): never another MSME's. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { msme } = await sellerContext(req)
  await sendStatement(req, res, msme.id, req.params.month!)
}
