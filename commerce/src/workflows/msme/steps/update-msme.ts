import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MSME_MODULE } from "../../../modules/msme"
import type MsmeModuleService from "../../../modules/msme/service"
import type { MsmeUpdate } from "../types"

export const updateMsmeStepId = "update-msme"

/** Updates an MSME; the compensation puts back the fields it changed. */
export const updateMsmeStep = createStep(
  updateMsmeStepId,
  async (input: MsmeUpdate, { container }) => {
    const service: MsmeModuleService = container.resolve(MSME_MODULE)
    const { id, ...changes } = input
    const before = await service.retrieveMsme(id)
    const previous = Object.fromEntries(Object.keys(changes).map((key) => [key, before[key as keyof typeof before]]))
    const msme = await service.updateMsmes({ id, ...changes })
    return new StepResponse(msme, { id, ...previous } as MsmeUpdate)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: MsmeModuleService = container.resolve(MSME_MODULE)
    await service.updateMsmes(previous)
  },
)
