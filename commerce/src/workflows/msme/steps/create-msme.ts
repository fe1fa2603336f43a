import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MSME_MODULE } from "../../../modules/msme"
import type MsmeModuleService from "../../../modules/msme/service"
import type { MsmeInput } from "../types"

export const createMsmesStepId = "create-msmes"

/** Creates MSMEs (one, or an import's batch); its compensation deletes them again. */
export const createMsmesStep = createStep(
  createMsmesStepId,
  async (input: MsmeInput[], { container }) => {
    if (!input.length) return new StepResponse([], [] as string[])
    const service: MsmeModuleService = container.resolve(MSME_MODULE)
    const msmes = await service.createMsmes(input)
    return new StepResponse(
      msmes,
      msmes.map((m) => m.id),
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: MsmeModuleService = container.resolve(MSME_MODULE)
    await service.deleteMsmes(ids)
  },
)
