import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CURATION_MODULE } from "../../../modules/curation"
import type CurationModuleService from "../../../modules/curation/service"
import type { CurationHistoryEntry } from "../../../modules/curation/transitions"

export type RevisionEvent = NonNullable<CurationHistoryEntry["revision"]>

type Snapshot = {
  id: string
  revision: unknown
  revision_status: string | null
  revision_submitted_at: Date | null
  revision_notes: string | null
  history: Record<string, unknown>
}

/**
 * Records what happens to a revision of an approved product: a seller submits one (stored whole,
 * replacing any earlier one under review), or staff decide on it (approved clears it once applied;
 * changes requested and rejected keep it with the notes). The product's own status never changes here.
 * Compensation restores the record as it was.
 */
export const recordRevisionStep = createStep(
  "record-curation-revision",
  async (
    input: {
      curation_id: string
      event: RevisionEvent
      revision?: unknown
      actor_id: string | null
      notes: string | null
    },
    { container },
  ) => {
    const service: CurationModuleService = container.resolve(CURATION_MODULE)
    const current = (await service.retrieveProductCuration(input.curation_id)) as unknown as Snapshot & {
      status: CurationHistoryEntry["from"]
    }
    if (current.status !== "approved") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Revisions are for approved products; this one is "${current.status}"`,
      )
    }
    if (input.event !== "submitted" && current.revision_status !== "submitted") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "There is no revision of this product waiting for review")
    }
    const now = new Date()
    const entry: CurationHistoryEntry = {
      from: current.status,
      to: current.status,
      at: now.toISOString(),
      by: input.actor_id,
      notes: input.notes,
      revision: input.event,
    }
    const entries = [...((current.history as { entries?: CurationHistoryEntry[] })?.entries ?? []), entry]
    const update =
      input.event === "submitted"
        ? {
            revision: input.revision as Record<string, unknown>,
            revision_status: "submitted" as const,
            revision_submitted_at: now,
            revision_notes: input.notes,
          }
        : input.event === "approved"
          ? { revision: null, revision_status: null, revision_submitted_at: null, revision_notes: input.notes }
          : { revision_status: input.event, revision_notes: input.notes }
    const updated = await service.updateProductCurations({ id: current.id, ...update, history: { entries } })
    const snapshot: Snapshot = {
      id: current.id,
      revision: current.revision,
      revision_status: current.revision_status,
      revision_submitted_at: current.revision_submitted_at,
      revision_notes: current.revision_notes,
      history: current.history,
    }
    return new StepResponse({ updated, revision: current.revision }, snapshot)
  },
  async (snapshot, { container }) => {
    if (!snapshot) return
    const service: CurationModuleService = container.resolve(CURATION_MODULE)
    await service.updateProductCurations(snapshot as never)
  },
)
