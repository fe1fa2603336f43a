import { model } from "@medusajs/framework/utils"

/**
 * How the gallery holds one product on consignment: who ships it (from the gallery's own stock, or
 * the MSME from its workshop), the shelf it sits on in the gallery, and the stock level at which its
 * MSME is asked to restock. A product without a row is held in the gallery with the default threshold.
 */
export const ConsignmentProduct = model
  .define("consignment_product", {
    id: model.id({ prefix: "cprod" }).primaryKey(),
    product_id: model.text(),
    msme_id: model.text(),
    mode: model.enum(["gallery", "workshop"]).default("gallery"),
    shelf: model.text().nullable(),
    low_stock_threshold: model.number().default(2),
  })
  .indexes([{ on: ["product_id"], unique: true }, { on: ["msme_id"] }])
