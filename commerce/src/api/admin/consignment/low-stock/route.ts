import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CONSIGNMENT_MODULE } from "../../../../modules/consignment"
import { restockMessage, whatsappLink } from "../../../../modules/consignment/rules"
import type ConsignmentModuleService from "../../../../modules/consignment/service"
import type { LowStockResponse } from "../../../../types/consignment/responses"

/** The open low-stock notices, oldest first, each with a WhatsApp link to ask its MSME for a delivery. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<LowStockResponse>) {
  const consignment: ConsignmentModuleService = req.scope.resolve(CONSIGNMENT_MODULE)
  const notices = await consignment.listLowStockNotices(
    { resolved_at: null },
    { order: { created_at: "ASC" }, take: 500 },
  )
  const ids = [...new Set(notices.map((n) => n.msme_id))]
  const { data } = ids.length
    ? await req.scope
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "msme", fields: ["id", "name", "whatsapp"], filters: { id: ids } })
    : { data: [] }
  const msmes = new Map((data as { id: string; name: string; whatsapp: string | null }[]).map((m) => [m.id, m]))
  res.json({
    notices: notices.map((n) => {
      const msme = msmes.get(n.msme_id)
      const theirs = notices.filter((o) => o.msme_id === n.msme_id)
      return {
        id: n.id,
        msme_id: n.msme_id,
        msme_name: msme?.name ?? n.msme_id,
        product_id: n.product_id,
        variant_id: n.variant_id,
        title: n.title,
        available: Number(n.available),
        threshold: Number(n.threshold),
        created_at: new Date(n.created_at).toISOString(),
        whatsapp_url: whatsappLink(msme?.whatsapp, restockMessage(msme?.name ?? "", theirs)),
      }
    }),
  })
}
