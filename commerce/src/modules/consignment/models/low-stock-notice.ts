import { model } from "@medusajs/framework/utils"

/**
 * A variant of the gallery's stock that reached its MSME's restock threshold: open until goods are
 * received or a count lifts it above the threshold. At most one open notice per variant.
 */
export const LowStockNotice = model
  .define("low_stock_notice", {
    id: model.id({ prefix: "lown" }).primaryKey(),
    msme_id: model.text(),
    product_id: model.text(),
    variant_id: model.text(),
    title: model.text(),
    available: model.number(),
    threshold: model.number(),
    resolved_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["msme_id", "resolved_at"] }])
