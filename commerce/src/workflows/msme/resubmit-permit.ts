import type { MedusaContainer } from "@medusajs/framework/types"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { MSME_MODULE } from "../../modules/msme"
import type MsmeModuleService from "../../modules/msme/service"

export type ResubmitPermitInput = {
  permit_id: string
  issued_at?: Date | null
  expires_at?: Date | null
  document_url?: string | null
}

/**
 * A rejected or expired permit sent again (the same number, a better document, new dates): back to
 * pending for the verifiers, the earlier decision cleared. Compensation restores the permit as it was.
 */
const resubmitPermitStep = createStep(
  "resubmit-msme-permit",
  async (input: ResubmitPermitInput, { container }) => {
    const msmes: MsmeModuleService = (container as MedusaContainer).resolve(MSME_MODULE)
    const [before] = (await msmes.listMsmePermits({ id: input.permit_id })) as unknown as Record<string, unknown>[]
    const updated = await msmes.updateMsmePermits({
      id: input.permit_id,
      status: "pending",
      verified_at: null,
      verified_by: null,
      rejection_reason: null,
      expiry_warned_at: null,
      ...(input.issued_at !== undefined ? { issued_at: input.issued_at } : {}),
      ...(input.expires_at !== undefined ? { expires_at: input.expires_at } : {}),
      ...(input.document_url !== undefined ? { document_url: input.document_url } : {}),
    })
    const {
      id,
      status,
      verified_at,
      verified_by,
      rejection_reason,
      expiry_warned_at,
      issued_at,
      expires_at,
      document_url,
    } = before as Record<string, unknown>
    return new StepResponse(updated, {
      id,
      status,
      verified_at,
      verified_by,
      rejection_reason,
      expiry_warned_at,
      issued_at,
      expires_at,
      document_url,
    })
  },
  async (before, { container }) => {
    if (!before) return
    const msmes: MsmeModuleService = (container as MedusaContainer).resolve(MSME_MODULE)
    await msmes.updateMsmePermits(before as never)
  },
)

export const resubmitPermitWorkflow = createWorkflow("resubmit-msme-permit", (input: ResubmitPermitInput) => {
  const permit = resubmitPermitStep(input)
  emitEventStep({ eventName: "msme.permit_added", data: transform({ permit }, ({ permit }) => ({ id: permit.id })) })
  return new WorkflowResponse(permit)
})
