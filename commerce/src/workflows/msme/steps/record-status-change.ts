import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MSME_MODULE } from "../../../modules/msme"
import type MsmeModuleService from "../../../modules/msme/service"

export type StatusChangeInput = {
  msme_id: string
  from_status: string | null
  to_status: string
  reason: string | null
  actor_id: string | null
  source: "staff" | "import" | "seller" | "seed"
}

/** Writes one line of an MSME's status history; compensation removes it. */
export const recordStatusChangeStep = createStep(
  "record-msme-status-change",
  async (input: StatusChangeInput[], { container }) => {
    if (!input.length) return new StepResponse([], [] as string[])
    const service: MsmeModuleService = container.resolve(MSME_MODULE)
    const rows = await service.createMsmeStatusChanges(input.map(({ msme_id, ...change }) => ({ ...change, msme_id })))
    return new StepResponse(
      rows,
      rows.map((r) => r.id),
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: MsmeModuleService = container.resolve(MSME_MODULE)
    await service.deleteMsmeStatusChanges(ids)
  },
)
