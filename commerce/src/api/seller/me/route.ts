import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sellerContext } from "../helpers"

/** The signed-in seller and their MSME (profile and permits). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await sellerContext(req))
}
