import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE } from "../../modules/ledger"
import type LedgerModuleService from "../../modules/ledger/service"

export type BookPaymentInput = { payment_id: string; event: "captured" | "refunded" }

type PaymentFacts = {
  order_id: string
  currency_code: string
  captured_at: Date | null
  refunds: { id: string; amount: number; currency_code: string; created_at: Date }[]
}

/** The order a payment belongs to, when it was captured, and its refunds. */
async function paymentFacts(container: MedusaContainer, paymentId: string): Promise<PaymentFacts | null> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as Knex
  const { rows } = await knex.raw(
    `select opc.order_id, lower(p.currency_code) as currency_code, p.captured_at,
            (select max(c.created_at) from capture c where c.payment_id = p.id and c.deleted_at is null) as first_capture
       from payment p
       join order_payment_collection opc on opc.payment_collection_id = p.payment_collection_id and opc.deleted_at is null
      where p.id = ? and p.deleted_at is null`,
    [paymentId],
  )
  const row = rows[0] as
    | { order_id: string; currency_code: string; captured_at: Date | null; first_capture: Date | null }
    | undefined
  if (!row) return null
  const refunds = await knex.raw(
    "select id, amount::float8 as amount, created_at from refund where payment_id = ? and deleted_at is null order by created_at",
    [paymentId],
  )
  return {
    order_id: row.order_id,
    currency_code: row.currency_code,
    captured_at: row.captured_at ?? row.first_capture,
    refunds: (refunds.rows as { id: string; amount: number; created_at: Date }[]).map((r) => ({
      id: r.id,
      amount: Number(r.amount),
      currency_code: row.currency_code,
      created_at: new Date(r.created_at),
    })),
  }
}

/**
 * Books what a payment means for the MSMEs whose products were in the order: on capture, each line's
 * sale and the gallery's commission; on a refund, its reversal. Booking is idempotent (each entry's
 * reference is unique), and the ledger is append-only, so there is nothing to compensate.
 */
const bookPaymentStep = createStep("book-ledger-payment", async (input: BookPaymentInput, { container }) => {
  const facts = await paymentFacts(container as MedusaContainer, input.payment_id)
  if (!facts) return new StepResponse<{ booked: number; order_id: string | null }>({ booked: 0, order_id: null })
  const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
  const booked =
    input.event === "captured"
      ? await ledger.bookSales(facts.order_id, facts.captured_at ?? new Date())
      : await ledger.bookRefunds(facts.order_id, facts.refunds)
  return new StepResponse<{ booked: number; order_id: string | null }>({ booked, order_id: facts.order_id })
})

export const bookPaymentWorkflow = createWorkflow("book-ledger-payment", (input: BookPaymentInput) => {
  return new WorkflowResponse(bookPaymentStep(input))
})
