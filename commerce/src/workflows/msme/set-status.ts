import { MedusaError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { MSME_MODULE } from "../../modules/msme"
import type { MsmeStatus } from "../../modules/msme/places"
import type MsmeModuleService from "../../modules/msme/service"
import { syncProductVisibilityWorkflow } from "../curation/sync-visibility"
import { listMsmeProductIdsStep } from "./steps/list-msme-products"
import { recordStatusChangeStep } from "./steps/record-status-change"
import { updateMsmeStep } from "./steps/update-msme"

export type SetMsmeStatusInput = { id: string; status: MsmeStatus; reason: string; actor_id: string | null }

/** The MSME's status now; a change to the same status is refused (nothing would be recorded). No side effect. */
const readStatusStep = createStep("read-msme-status", async (input: SetMsmeStatusInput, { container }) => {
  const service: MsmeModuleService = container.resolve(MSME_MODULE)
  const [msme] = await service.listMsmes({ id: input.id }, { select: ["id", "status"], take: 1 })
  if (!msme) throw new MedusaError(MedusaError.Types.NOT_FOUND, `MSME ${input.id} was not found`)
  if (msme.status === input.status) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `This MSME is ${input.status} already`)
  }
  return new StepResponse(msme.status as string)
})

export const setMsmeStatusWorkflowId = "set-msme-status"

/**
 * An administrator activates or suspends an MSME, with the reason: the status, a line of its
 * history (who, when, why), and its products published or taken down accordingly. Any failing
 * step undoes the others.
 */
export const setMsmeStatusWorkflow = createWorkflow(setMsmeStatusWorkflowId, (input: SetMsmeStatusInput) => {
  const from = readStatusStep(input)
  const msme = updateMsmeStep(transform({ input }, ({ input }) => ({ id: input.id, status: input.status })))
  recordStatusChangeStep(
    transform({ input, from }, ({ input, from }) => [
      {
        msme_id: input.id,
        from_status: from,
        to_status: input.status,
        reason: input.reason,
        actor_id: input.actor_id,
        source: "staff" as const,
      },
    ]),
  )
  const productIds = listMsmeProductIdsStep(input.id)
  syncProductVisibilityWorkflow.runAsStep({
    input: transform({ productIds }, ({ productIds }) => ({ product_ids: productIds })),
  })
  emitEventStep({
    eventName: "msme.status_changed",
    data: transform({ input, from }, ({ input, from }) => ({ id: input.id, from, to: input.status })),
  })
  emitEventStep({ eventName: "msme.updated", data: transform({ msme }, ({ msme }) => ({ id: msme.id })) }).config({
    name: "emit-msme-updated",
  })
  return new WorkflowResponse(msme)
})
