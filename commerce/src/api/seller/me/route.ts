import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { SellerMeResponse } from "../../../types/seller/responses"
import { sellerContext } from "../helpers"

/** The signed-in seller and their MSME (profile and permits). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<SellerMeResponse>) {
  res.json(await sellerContext(req))
}
