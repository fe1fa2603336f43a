import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createMsmesStep } from "./steps/create-msme"
import { createPermitsStep } from "./steps/create-permits"
import { recordStatusChangeStep } from "./steps/record-status-change"
import type { MsmeInput, PermitInput } from "./types"

export type CreateMsmeWorkflowInput = {
  msme: MsmeInput
  permits?: Omit<PermitInput, "msme_id">[]
  /** who registered it (a staff user or seller; null for the seed) */
  actor_id?: string | null
}

export const createMsmeWorkflowId = "create-msme"

/** Registers an MSME with the permits it has shown so far; its history starts with its first status. */
export const createMsmeWorkflow = createWorkflow(createMsmeWorkflowId, (input: CreateMsmeWorkflowInput) => {
  const created = createMsmesStep(transform({ input }, ({ input }) => [input.msme]))
  const msme = transform({ created }, ({ created }) => created[0]!)
  const permitInput = transform({ input, msme }, ({ input, msme }) =>
    (input.permits ?? []).map((permit) => ({ ...permit, msme_id: msme.id })),
  )
  const permits = createPermitsStep(permitInput)
  recordStatusChangeStep(
    transform({ input, msme }, ({ input, msme }) => [
      {
        msme_id: msme.id,
        from_status: null,
        to_status: msme.status,
        reason: null,
        actor_id: input.actor_id ?? null,
        source: (input.msme.source ?? "staff") as "staff" | "import" | "seller" | "seed",
      },
    ]),
  )
  emitEventStep({ eventName: "msme.created", data: transform({ msme }, ({ msme }) => ({ id: msme.id })) })
  return new WorkflowResponse({ msme, permits })
})
