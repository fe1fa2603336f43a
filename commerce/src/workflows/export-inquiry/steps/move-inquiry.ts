import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPORT_INQUIRY_MODULE } from "../../../modules/export-inquiry"
import type ExportInquiryModuleService from "../../../modules/export-inquiry/service"
import {
  type ActorType,
  canMoveInquiry,
  type InquiryHistoryEntry,
  type InquiryStatus,
} from "../../../modules/export-inquiry/terms"

export const moveInquiryStepId = "move-export-inquiry"

export type MoveInquiryInput = {
  inquiry_id: string
  to: InquiryStatus
  actor_type: ActorType
  actor_id: string | null
  note: string | null
}

type Snapshot = {
  id: string
  status: InquiryStatus
  history: Record<string, unknown>
  quotes: { id: string; status: string }[]
}

/** What happens to the latest sent quote when the inquiry moves. */
const QUOTE_STATUS: Partial<Record<InquiryStatus, "accepted" | "declined" | "expired">> = {
  accepted: "accepted",
  declined: "declined",
  expired: "expired",
}

/**
 * Moves an inquiry to its next status, recording who and when (and the quote's fate when accepted,
 * declined or expired); refuses moves the status machine does not allow. Undone by restoring both.
 */
export const moveInquiryStep = createStep(
  moveInquiryStepId,
  async (input: MoveInquiryInput, { container }) => {
    const service: ExportInquiryModuleService = (container as MedusaContainer).resolve(EXPORT_INQUIRY_MODULE)
    const current = (await service.retrieveExportInquiry(input.inquiry_id, {
      relations: ["quotes"],
    })) as unknown as Snapshot
    if (!canMoveInquiry(current.status, input.to)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `An inquiry that is "${current.status}" cannot become "${input.to}"`,
      )
    }
    if (input.to === "accepted" && !current.quotes.some((q) => q.status === "sent")) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "There is no quote to accept")
    }
    const entry: InquiryHistoryEntry = {
      from: current.status,
      to: input.to,
      at: new Date().toISOString(),
      actor_type: input.actor_type,
      actor_id: input.actor_id,
      note: input.note,
    }
    const entries = [...((current.history as { entries?: InquiryHistoryEntry[] })?.entries ?? []), entry]
    await service.updateExportInquiries({ id: current.id, status: input.to, history: { entries } })
    const quoteStatus = QUOTE_STATUS[input.to]
    const open = current.quotes.filter((q) => q.status === "sent")
    if (quoteStatus && open.length) {
      await service.updateInquiryQuotes(open.map((q) => ({ id: q.id, status: quoteStatus })))
    }
    const snapshot: Snapshot = {
      id: current.id,
      status: current.status,
      history: current.history,
      quotes: open.map((q) => ({ id: q.id, status: q.status })),
    }
    return new StepResponse({ id: current.id, from: current.status, to: input.to }, snapshot)
  },
  async (snapshot, { container }) => {
    if (!snapshot) return
    const service: ExportInquiryModuleService = (container as MedusaContainer).resolve(EXPORT_INQUIRY_MODULE)
    await service.updateExportInquiries({ id: snapshot.id, status: snapshot.status, history: snapshot.history })
    if (snapshot.quotes.length) {
      await service.updateInquiryQuotes(snapshot.quotes.map((q) => ({ id: q.id, status: q.status as "sent" })))
    }
  },
)
