import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE } from "../../modules/ledger"
import type LedgerModuleService from "../../modules/ledger/service"

/** A payout batch for the MSMEs staff chose (one transaction in the ledger module: all of it or nothing). */
const createPayoutBatchStep = createStep(
  "create-ledger-payout-batch",
  async (input: { msme_ids: string[]; created_by: string | null }, { container }) => {
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    const id = await ledger.createPayoutBatch(input.msme_ids, input.created_by)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    const payouts = await ledger.listLedgerPayouts({ batch_id: id } as never)
    await ledger.deleteLedgerPayouts(payouts.map((p) => p.id))
    await ledger.deleteLedgerPayoutBatches(id)
  },
)

export const createPayoutBatchWorkflow = createWorkflow(
  "create-ledger-payout-batch",
  (input: { msme_ids: string[]; created_by: string | null }) => new WorkflowResponse(createPayoutBatchStep(input)),
)

/** A payout marked paid with its transfer reference, booked against the MSME's balance (once). */
const markPayoutPaidStep = createStep(
  "mark-ledger-payout-paid",
  async (input: { payout_id: string; transfer_reference: string; paid_by: string | null }, { container }) => {
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    return new StepResponse(await ledger.markPayoutPaid(input.payout_id, input.transfer_reference, input.paid_by))
  },
)

export const markPayoutPaidWorkflow = createWorkflow(
  "mark-ledger-payout-paid",
  (input: { payout_id: string; transfer_reference: string; paid_by: string | null }) =>
    new WorkflowResponse(markPayoutPaidStep(input)),
)

export type AgreementInput = {
  msme_id: string
  commission_bps: number
  starts_on: string
  bank_name?: string | null
  bank_account?: string | null
  bank_holder?: string | null
  created_by: string | null
}

/**
 * A new agreement for an MSME from its start date: the one in force before it ends the day the new
 * one starts (its sales stay at the old rate). Undone by removing the new one and reopening the old.
 */
const setAgreementStep = createStep(
  "set-ledger-agreement",
  async (input: AgreementInput, { container }) => {
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    const starts = new Date(`${input.starts_on}T00:00:00+07:00`)
    const open = (await ledger.listLedgerAgreements({ msme_id: input.msme_id, ends_on: null } as never)).filter(
      (a) => new Date(a.starts_on) < starts,
    )
    if (open.length) await ledger.updateLedgerAgreements(open.map((a) => ({ id: a.id, ends_on: starts })))
    const created = await ledger.createLedgerAgreements({
      msme_id: input.msme_id,
      commission_bps: input.commission_bps,
      starts_on: starts,
      bank_name: input.bank_name ?? null,
      bank_account: input.bank_account ?? null,
      bank_holder: input.bank_holder ?? null,
      created_by: input.created_by,
    })
    return new StepResponse(created, { created: created.id, reopened: open.map((a) => a.id) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    await ledger.deleteLedgerAgreements(undo.created)
    if (undo.reopened.length) await ledger.updateLedgerAgreements(undo.reopened.map((id) => ({ id, ends_on: null })))
  },
)

export const setAgreementWorkflow = createWorkflow("set-ledger-agreement", (input: AgreementInput) => {
  return new WorkflowResponse(setAgreementStep(input))
})
