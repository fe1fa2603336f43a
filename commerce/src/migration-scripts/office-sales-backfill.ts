import type { ExecArgs } from "@medusajs/framework/types"
import { recordOrderSalesWorkflow } from "../workflows/office/record-order-sales"

/** Once, after the sales read model's table is made: every order already placed is recorded in it. */
export default async function officeSalesBackfill({ container }: ExecArgs) {
  const { result } = await recordOrderSalesWorkflow(container).run({ input: { all: true } })
  container.resolve("logger").info(`office sales: ${result.orders} existing orders recorded (${result.rows} rows)`)
}
