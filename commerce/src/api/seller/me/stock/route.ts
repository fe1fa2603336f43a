import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CONSIGNMENT_MODULE } from "../../../../modules/consignment"
import type ConsignmentModuleService from "../../../../modules/consignment/service"
import type { SellerStockResponse } from "../../../../types/consignment/responses"
import { sellerContext } from "../../helpers"

/** The MSME's stock at the gallery: open low-stock notices (what to deliver) and its last deliveries and counts. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<SellerStockResponse>) {
  const { msme } = await sellerContext(req)
  const consignment: ConsignmentModuleService = req.scope.resolve(CONSIGNMENT_MODULE)
  const [notices, movements] = await Promise.all([
    consignment.listLowStockNotices(
      { msme_id: msme.id, resolved_at: null },
      { order: { created_at: "ASC" }, take: 200 },
    ),
    consignment.listStockMovements({ msme_id: msme.id }, { order: { created_at: "DESC" }, take: 20 }),
  ])
  res.json({
    low_stock: notices.map((n) => ({
      title: n.title,
      available: Number(n.available),
      threshold: Number(n.threshold),
      since: new Date(n.created_at).toISOString(),
    })),
    movements: movements.map((m) => ({
      kind: m.kind as "received" | "count",
      title: m.title ?? "",
      quantity: Number(m.quantity),
      reason: m.reason ?? null,
      reference: m.reference ?? null,
      at: new Date(m.created_at).toISOString(),
    })),
  })
}
