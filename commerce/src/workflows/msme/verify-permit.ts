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
import { casesSettledByPermitStep, changeCasesStep } from "./facilitation/steps"
import { updatePermitsStep } from "./steps/update-permits"

export type PermitDecisionInput = {
  permit_id: string
  decision: "verify" | "reject"
  reason: string | null
  actor_id: string
}

/** The permit exists and waits for verification; nothing is written. */
const checkPendingPermitStep = createStep("check-pending-msme-permit", async (permitId: string, { container }) => {
  const msmes: MsmeModuleService = (container as MedusaContainer).resolve(MSME_MODULE)
  const [permit] = await msmes.listMsmePermits({ id: permitId })
  if (!permit) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Permit ${permitId} was not found`)
  if (permit.status !== "pending") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `This permit is ${permit.status}, not waiting for verification`,
    )
  }
  return new StepResponse(permit.id)
})

/**
 * Permit verification: a verifier checks the document and the number and verifies the permit (it then
 * shows as a badge to buyers until it expires) or rejects it with a reason the MSME sees.
 */
export const decidePermitWorkflow = createWorkflow("decide-msme-permit", (input: PermitDecisionInput) => {
  checkPendingPermitStep(input.permit_id)
  // who decided and when; the reason when refused
  const updated = updatePermitsStep(
    transform({ input }, ({ input }) => [
      {
        id: input.permit_id,
        status: input.decision === "verify" ? "verified" : "rejected",
        verified_at: new Date(),
        verified_by: input.actor_id,
        rejection_reason: input.decision === "reject" ? input.reason : null,
      },
    ]),
  )
  const permit = transform({ updated }, ({ updated }) => updated[0]!)
  // a verified permit closes the facilitation cases it settles (issued)
  const settled = casesSettledByPermitStep(
    transform({ input }, ({ input }) => ({
      permit_id: input.permit_id,
      decision: input.decision,
      actor_id: input.actor_id ?? null,
    })),
  )
  changeCasesStep(settled)
  const permitDecided = createHook("permitDecided", { permit_id: input.permit_id, decision: input.decision })
  emitEventStep({
    eventName: "msme.permit_decided",
    data: transform({ permit, input }, ({ permit, input }) => ({ id: permit.id, decision: input.decision })),
  })
  return new WorkflowResponse(permit, { hooks: [permitDecided] })
})
