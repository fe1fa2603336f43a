import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MSME_MODULE } from "../../../modules/msme"
import type MsmeModuleService from "../../../modules/msme/service"

export type PermitUpdate = { id: string } & Record<string, unknown>

/**
 * Changes permits; compensation puts back exactly the fields it changed, as they were. Shared by
 * verification, resubmission and the expiry check.
 */
export const updatePermitsStep = createStep(
  "update-msme-permits",
  async (updates: PermitUpdate[], { container }) => {
    if (!updates.length) return new StepResponse([] as PermitUpdate[], [] as PermitUpdate[])
    const msmes: MsmeModuleService = (container as MedusaContainer).resolve(MSME_MODULE)
    const current = (await msmes.listMsmePermits({ id: updates.map((u) => u.id) })) as unknown as PermitUpdate[]
    const byId = new Map(current.map((p) => [p.id, p]))
    const before = updates.map((u) => ({
      id: u.id,
      ...Object.fromEntries(Object.keys(u).map((key) => [key, byId.get(u.id)?.[key] ?? null])),
    }))
    const updated = (await msmes.updateMsmePermits(updates as never)) as unknown as PermitUpdate[]
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (!before?.length) return
    const msmes: MsmeModuleService = (container as MedusaContainer).resolve(MSME_MODULE)
    await msmes.updateMsmePermits(before as never)
  },
)
