import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CONSIGNMENT_MODULE } from "../../../../modules/consignment"
import type ConsignmentModuleService from "../../../../modules/consignment/service"
import type { MovementsQuery } from "../../../../types/consignment/http"
import type { StockMovementsResponse } from "../../../../types/consignment/responses"

/** The stock's history (deliveries and counts), newest first, filtered and paged in the database. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StockMovementsResponse>) {
  const q = req.validatedQuery as MovementsQuery
  const consignment: ConsignmentModuleService = req.scope.resolve(CONSIGNMENT_MODULE)
  const [rows, count] = await consignment.listAndCountStockMovements(
    { ...(q.msme_id ? { msme_id: q.msme_id } : {}), ...(q.kind ? { kind: q.kind } : {}) },
    { order: { created_at: "DESC" }, take: q.limit, skip: q.offset },
  )
  res.json({
    movements: rows.map((m) => ({
      id: m.id,
      kind: m.kind as "received" | "count",
      batch: m.batch,
      msme_id: m.msme_id,
      variant_id: m.variant_id,
      title: m.title ?? null,
      quantity: Number(m.quantity),
      expected: m.expected == null ? null : Number(m.expected),
      counted: m.counted == null ? null : Number(m.counted),
      reason: m.reason ?? null,
      reference: m.reference ?? null,
      created_at: new Date(m.created_at).toISOString(),
    })),
    count,
  })
}
