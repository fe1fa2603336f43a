import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OFFICE_MODULE } from "../../modules/office"
import type OfficeModuleService from "../../modules/office/service"

export type SetTargetsInput = { year: number; targets: Record<string, number | null>; set_by: string | null }

type Previous = { id: string; indicator: string; value: number | null; created: boolean }

/** Writes the year's targets (null removes one); compensation puts back the previous values. */
const setTargetsStep = createStep(
  "set-office-targets",
  async (input: SetTargetsInput, { container }) => {
    const service: OfficeModuleService = container.resolve(OFFICE_MODULE)
    const existing = await service.listOfficeTargets({ year: input.year })
    const previous: Previous[] = []
    for (const [indicator, value] of Object.entries(input.targets)) {
      const found = existing.find((t) => t.indicator === indicator)
      if (found) {
        previous.push({ id: found.id, indicator, value: Number(found.value), created: false })
        if (value === null) await service.deleteOfficeTargets(found.id)
        else await service.updateOfficeTargets({ id: found.id, value, set_by: input.set_by })
      } else if (value !== null) {
        const created = await service.createOfficeTargets({ indicator, year: input.year, value, set_by: input.set_by })
        previous.push({ id: created.id, indicator, value: null, created: true })
      }
    }
    return new StepResponse(null, { year: input.year, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: OfficeModuleService = container.resolve(OFFICE_MODULE)
    for (const p of undo.previous) {
      if (p.created) await service.deleteOfficeTargets(p.id)
      else {
        await service.restoreOfficeTargets(p.id).catch(() => undefined)
        await service.updateOfficeTargets({ id: p.id, value: p.value! })
      }
    }
  },
)

/** An administrator sets the office's targets for a year, per indicator. */
export const setOfficeTargetsWorkflow = createWorkflow("set-office-targets", (input: SetTargetsInput) => {
  setTargetsStep(input)
  return new WorkflowResponse(null)
})
