import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import {
  createHook,
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { MSME_MODULE } from "../../modules/msme"
import type MsmeModuleService from "../../modules/msme/service"

export type PermitDecisionInput = {
  permit_id: string
  decision: "verify" | "reject"
  reason: string | null
  actor_id: string
}

type PermitSnapshot = {
  id: string
  status: string
  verified_at: Date | null
  verified_by: string | null
  rejection_reason: string | null
}

/** Records a permit verifier's decision (who and when; the reason when refused); compensation restores the permit. */
const decidePermitStep = createStep(
  "decide-msme-permit",
  async (input: PermitDecisionInput, { container }) => {
    const msmes: MsmeModuleService = (container as MedusaContainer).resolve(MSME_MODULE)
    const [permit] = (await msmes.listMsmePermits({ id: input.permit_id })) as unknown as PermitSnapshot[]
    if (!permit) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Permit ${input.permit_id} was not found`)
    if (permit.status !== "pending") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `This permit is ${permit.status}, not waiting for verification`,
      )
    }
    const updated = await msmes.updateMsmePermits({
      id: permit.id,
      status: input.decision === "verify" ? "verified" : "rejected",
      verified_at: new Date(),
      verified_by: input.actor_id,
      rejection_reason: input.decision === "reject" ? input.reason : null,
    })
    const { id, status, verified_at, verified_by, rejection_reason } = permit
    return new StepResponse(updated, { id, status, verified_at, verified_by, rejection_reason })
  },
  async (before, { container }) => {
    if (!before) return
    const msmes: MsmeModuleService = (container as MedusaContainer).resolve(MSME_MODULE)
    await msmes.updateMsmePermits(before as never)
  },
)

/**
 * Permit verification: a verifier checks the document and the number and verifies the permit (it then
 * shows as a badge to buyers until it expires) or rejects it with a reason the MSME sees.
 */
export const decidePermitWorkflow = createWorkflow("decide-msme-permit", (input: PermitDecisionInput) => {
  const permit = decidePermitStep(input)
  const permitDecided = createHook("permitDecided", { permit_id: input.permit_id, decision: input.decision })
  emitEventStep({
    eventName: "msme.permit_decided",
    data: transform({ permit, input }, ({ permit, input }) => ({ id: permit.id, decision: input.decision })),
  })
  return new WorkflowResponse(permit, { hooks: [permitDecided] })
})
