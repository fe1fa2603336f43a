import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { SellerInquiriesResponse } from "../../../../types/seller/responses"
import { sellerInquiries } from "../../inquiries"

/**
 * Export inquiries that ask for this MSME's products: the lines about its own products and its own
 * offers only. The buyer's identity and the thread stay with gallery staff, who mediate.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<SellerInquiriesResponse>) {
  res.json({ inquiries: await sellerInquiries(req) })
}
