import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CURATION_MODULE } from "../../../modules/curation"
import type CurationModuleService from "../../../modules/curation/service"
import type { CurationStatus } from "../../../modules/curation/transitions"
import { type CurationHistoryEntry, canMoveCuration } from "../../../modules/curation/transitions"

export const moveCurationStepId = "move-product-curation"

export type MoveCurationInput = {
  curation_id: string
  to: CurationStatus
  actor_id: string | null
  notes: string | null
  /** a review's rubric scores and the grade computed from them */
  scores?: Record<string, number> | null
  grade?: "A" | "B" | "C" | "D" | null
}

type Snapshot = {
  id: string
  status: CurationStatus
  submitted_at: Date | null
  decided_at: Date | null
  decided_by: string | null
  notes: string | null
  history: Record<string, unknown>
  scores?: Record<string, unknown> | null
  grade?: "A" | "B" | "C" | "D" | null
}

/** Moves a curation record to its next status, recording who, when and why; refuses moves the rules do not allow. */
export const moveCurationStep = createStep(
  moveCurationStepId,
  async (input: MoveCurationInput, { container }) => {
    const service: CurationModuleService = container.resolve(CURATION_MODULE)
    const current = (await service.retrieveProductCuration(input.curation_id)) as unknown as Snapshot
    if (!canMoveCuration(current.status, input.to)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `A product in curation status "${current.status}" cannot move to "${input.to}"`,
      )
    }
    const now = new Date()
    const entry: CurationHistoryEntry = {
      from: current.status,
      to: input.to,
      at: now.toISOString(),
      by: input.actor_id,
      notes: input.notes,
      ...(input.grade ? { scores: input.scores ?? null, grade: input.grade } : {}),
    }
    const entries = [
      ...(((current.history as { entries?: CurationHistoryEntry[] })?.entries ?? []) as CurationHistoryEntry[]),
      entry,
    ]
    const decision = input.to !== "submitted"
    const updated = await service.updateProductCurations({
      id: current.id,
      status: input.to,
      notes: input.notes,
      history: { entries },
      ...(input.grade ? { scores: input.scores ?? null, grade: input.grade } : {}),
      ...(decision ? { decided_at: now, decided_by: input.actor_id } : { submitted_at: now }),
    })
    const snapshot: Snapshot = {
      id: current.id,
      status: current.status,
      submitted_at: current.submitted_at,
      decided_at: current.decided_at,
      decided_by: current.decided_by,
      notes: current.notes,
      history: current.history,
      scores: current.scores ?? null,
      grade: current.grade ?? null,
    }
    return new StepResponse(updated, snapshot)
  },
  async (snapshot, { container }) => {
    if (!snapshot) return
    const service: CurationModuleService = container.resolve(CURATION_MODULE)
    await service.updateProductCurations(snapshot)
  },
)
