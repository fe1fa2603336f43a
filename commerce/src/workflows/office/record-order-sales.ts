import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type RecordedSales, rebuildOrderSales, recordOrderSales } from "../../modules/office/sales"

export type RecordOrderSalesInput = { order_ids: string[] } | { all: true }

/**
 * Brings the office's sales read model up to date for some orders (or all of them). One statement per
 * batch, and recording again gives the same rows, so there is nothing to compensate: a failed run
 * leaves each batch either as it was or brought up to date.
 */
const recordOrderSalesStep = createStep(
  "record-office-order-sales",
  async (input: RecordOrderSalesInput, { container }) => {
    const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as Knex
    const result: RecordedSales =
      "all" in input ? await rebuildOrderSales(knex) : await recordOrderSales(knex, input.order_ids)
    return new StepResponse(result)
  },
)

/** Records what orders are worth to each MSME, for the office's turnover figures. */
export const recordOrderSalesWorkflow = createWorkflow("record-office-order-sales", (input: RecordOrderSalesInput) => {
  return new WorkflowResponse(recordOrderSalesStep(input))
})
