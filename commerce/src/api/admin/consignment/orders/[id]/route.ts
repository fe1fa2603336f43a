import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { consignmentOrders } from "../../../../../lib/consignment-orders"
import type { ConsignmentOrderResponse } from "../../../../../types/consignment/responses"

/** One order as the packing slip shows it: the address, every line with its shelf and maker, the parcels. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<ConsignmentOrderResponse>) {
  const [order] = await consignmentOrders(req.scope, { id: req.params.id }, 1)
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} was not found`)
  res.json({ order })
}
