import { model } from "@medusajs/framework/utils"

/**
 * One change of the gallery's stock that Medusa's inventory alone would not explain: goods received
 * from an MSME (a consignment delivery) or a stock count (opname) that found a difference, with its
 * reason. Append-only, like the ledger: a correction is a new movement.
 */
export const StockMovement = model
  .define("stock_movement", {
    id: model.id({ prefix: "smov" }).primaryKey(),
    kind: model.enum(["received", "count"]),
    batch: model.text(),
    msme_id: model.text(),
    product_id: model.text(),
    variant_id: model.text(),
    location_id: model.text(),
    title: model.text().nullable(),
    quantity: model.number(),
    expected: model.number().nullable(),
    counted: model.number().nullable(),
    reason: model.text().nullable(),
    reference: model.text().nullable(),
    note: model.text().nullable(),
    created_by: model.text().nullable(),
  })
  .indexes([{ on: ["msme_id", "created_at"] }, { on: ["batch"] }, { on: ["variant_id"] }])
