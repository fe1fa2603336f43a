import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MSME_MODULE } from "../../../modules/msme"
import type MsmeModuleService from "../../../modules/msme/service"
import type { PermitInput } from "../types"

export const createPermitsStepId = "create-permits"

/** Records permits (status pending unless staff say otherwise); the compensation removes them. */
export const createPermitsStep = createStep(
  createPermitsStepId,
  async (input: PermitInput[], { container }) => {
    if (!input.length) return new StepResponse([], [] as string[])
    const service: MsmeModuleService = container.resolve(MSME_MODULE)
    const permits = await service.createMsmePermits(input)
    return new StepResponse(
      permits,
      permits.map((p) => p.id),
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: MsmeModuleService = container.resolve(MSME_MODULE)
    await service.deleteMsmePermits(ids)
  },
)
