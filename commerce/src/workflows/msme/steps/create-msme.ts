import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MSME_MODULE } from "../../../modules/msme"
import type MsmeModuleService from "../../../modules/msme/service"
import type { MsmeInput } from "../types"

export const createMsmeStepId = "create-msme"

/** Creates the MSME; its compensation deletes it again. */
export const createMsmeStep = createStep(
  createMsmeStepId,
  async (input: MsmeInput, { container }) => {
    const service: MsmeModuleService = container.resolve(MSME_MODULE)
    const msme = await service.createMsmes(input)
    return new StepResponse(msme, msme.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: MsmeModuleService = container.resolve(MSME_MODULE)
    await service.deleteMsmes(id)
  },
)
