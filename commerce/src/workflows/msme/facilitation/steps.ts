import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MSME_MODULE } from "../../../modules/msme"
import {
  canMoveCase,
  type FacilitationPermit,
  type FacilitationStatus,
  isClosedCase,
} from "../../../modules/msme/facilitation"
import type MsmeModuleService from "../../../modules/msme/service"

type Entry = { at: string; by: string | null; kind: string; from?: string; to?: string; text?: string }
type CaseRow = {
  id: string
  status: FacilitationStatus
  officer_id: string | null
  next_step: string | null
  due_date: Date | null
  closed_at: Date | null
  history: { entries: Entry[] }
}

export type OpenCaseInput = {
  msme_id: string
  permit_type: FacilitationPermit
  officer_id: string | null
  next_step: string | null
  due_date: Date | null
  opened_by: string | null
}

/** Opens facilitation cases (one per MSME and permit); compensation removes them. */
export const openCasesStep = createStep(
  "open-facilitation-cases",
  async (input: OpenCaseInput[], { container }) => {
    if (!input.length) return new StepResponse([], [] as string[])
    const service: MsmeModuleService = container.resolve(MSME_MODULE)
    const at = new Date().toISOString()
    const cases = await service.createMsmeFacilitationCases(
      input.map((c) => ({
        ...c,
        status: "identified" as const,
        history: { entries: [{ at, by: c.opened_by, kind: "opened", to: "identified" }] },
      })),
    )
    return new StepResponse(
      cases,
      cases.map((c) => c.id),
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: MsmeModuleService = container.resolve(MSME_MODULE)
    await service.deleteMsmeFacilitationCases(ids)
  },
)

export type CaseChange = {
  id: string
  actor_id: string | null
  status?: FacilitationStatus
  officer_id?: string | null
  next_step?: string | null
  due_date?: Date | null
  note?: string
}

/**
 * Changes cases (status along the allowed path, officer, next step, due date, a note), each change
 * written in the case's history; closed cases change no more. Compensation puts back what was there.
 */
export const changeCasesStep = createStep(
  "change-facilitation-cases",
  async (changes: CaseChange[], { container }) => {
    if (!changes.length) return new StepResponse([], [] as CaseRow[])
    const service: MsmeModuleService = container.resolve(MSME_MODULE)
    const before = (await service.listMsmeFacilitationCases({ id: changes.map((c) => c.id) })) as unknown as CaseRow[]
    const byId = new Map(before.map((c) => [c.id, c]))
    const at = new Date().toISOString()
    const updates = changes.map((change) => {
      const current = byId.get(change.id)
      if (!current) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Facilitation case ${change.id} was not found`)
      if (isClosedCase(current.status)) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This case is ${current.status}: open a new one instead`)
      }
      if (change.status && change.status !== current.status && !canMoveCase(current.status, change.status)) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `A case that is ${current.status} cannot become ${change.status}`,
        )
      }
      const entries = [...(current.history?.entries ?? [])]
      if (change.status && change.status !== current.status) {
        entries.push({ at, by: change.actor_id, kind: "status", from: current.status, to: change.status })
      }
      if (change.officer_id !== undefined && change.officer_id !== current.officer_id) {
        entries.push({ at, by: change.actor_id, kind: "officer", to: change.officer_id ?? "" })
      }
      if (change.next_step !== undefined && change.next_step !== current.next_step) {
        entries.push({ at, by: change.actor_id, kind: "next_step", text: change.next_step ?? "" })
      }
      if (change.note) entries.push({ at, by: change.actor_id, kind: "note", text: change.note })
      const status = change.status ?? current.status
      return {
        id: change.id,
        status,
        ...(change.officer_id !== undefined ? { officer_id: change.officer_id } : {}),
        ...(change.next_step !== undefined ? { next_step: change.next_step } : {}),
        ...(change.due_date !== undefined ? { due_date: change.due_date } : {}),
        closed_at: isClosedCase(status) ? new Date() : null,
        history: { entries },
      }
    })
    const updated = await service.updateMsmeFacilitationCases(updates)
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (!before?.length) return
    const service: MsmeModuleService = container.resolve(MSME_MODULE)
    await service.updateMsmeFacilitationCases(
      before.map(({ id, status, officer_id, next_step, due_date, closed_at, history }) => ({
        id,
        status,
        officer_id,
        next_step,
        due_date,
        closed_at,
        history,
      })),
    )
  },
)

/** The open cases a verified permit settles: its type for its MSME (a BPOM MD also settles P-IRT). No side effect. */
export const casesSettledByPermitStep = createStep(
  "cases-settled-by-permit",
  async (input: { permit_id: string; decision: string; actor_id: string | null }, { container }) => {
    if (input.decision !== "verify") return new StepResponse([] as CaseChange[])
    const service: MsmeModuleService = container.resolve(MSME_MODULE)
    const [permit] = await service.listMsmePermits({ id: input.permit_id }, { relations: ["msme"] })
    if (!permit) return new StepResponse([] as CaseChange[])
    const types = permit.type === "bpom_md" ? ["bpom_md", "pirt"] : [permit.type]
    const open = await service.listMsmeFacilitationCases({
      msme_id: permit.msme.id,
      permit_type: types as FacilitationPermit[],
      closed_at: null,
    })
    return new StepResponse(
      open.map((c) => ({
        id: c.id,
        actor_id: input.actor_id,
        status: "issued" as const,
        note: `${permit.type.toUpperCase()} ${permit.number} verified`,
      })),
    )
  },
)
