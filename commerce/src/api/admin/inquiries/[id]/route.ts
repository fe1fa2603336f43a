import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { staffInquiry } from "../helpers"

/** One inquiry with its lines, offers, thread (internal notes too), quotes, MSMEs and draft order. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ inquiry: await staffInquiry(req.scope, req.params.id as string) })
}
