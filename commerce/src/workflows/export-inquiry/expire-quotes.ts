import type { MedusaContainer } from "@medusajs/framework/types"
import { EXPORT_INQUIRY_MODULE } from "../../modules/export-inquiry"
import type ExportInquiryModuleService from "../../modules/export-inquiry/service"
import { moveInquiryWorkflow } from "./move-inquiry"

/**
 * Moves every quoted inquiry whose open quote is past its validity to "expired", one workflow each
 * (recorded as done by the system). Returns the references it expired.
 */
export async function expireInquiryQuotes(container: MedusaContainer, now = new Date()): Promise<string[]> {
  const service: ExportInquiryModuleService = container.resolve(EXPORT_INQUIRY_MODULE)
  const stale = await service.listInquiryQuotes(
    { status: "sent", valid_until: { $lt: now } },
    { relations: ["inquiry"], take: 500 },
  )
  const done: string[] = []
  for (const quote of stale) {
    const inquiry = (quote as unknown as { inquiry: { id: string; reference: string; status: string } }).inquiry
    if (inquiry.status !== "quoted") continue
    await moveInquiryWorkflow(container).run({
      input: { inquiry_id: inquiry.id, to: "expired", actor_type: "system", note: null },
    })
    done.push(inquiry.reference)
  }
  return done
}
