import type { MedusaContainer } from "@medusajs/framework/types"
import { recordOrderSalesWorkflow } from "../workflows/office/record-order-sales"

/**
 * Every night at 02:30: the office's sales read model is recorded again from every order, so that an
 * order changed without an event (a script, a missed event) is right by the next morning's report.
 */
export default async function reconcileOfficeSalesJob(container: MedusaContainer) {
  const { result } = await recordOrderSalesWorkflow(container).run({ input: { all: true } })
  container
    .resolve("logger")
    .info(`office sales: ${result.orders} orders recorded (${result.rows} rows, ${result.removed} removed)`)
}

export const config = { name: "reconcile-office-sales", schedule: "30 2 * * *" }
