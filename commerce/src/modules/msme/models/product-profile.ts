import { model } from "@medusajs/framework/utils"

/**
 * What a buyer, especially an export buyer, needs to know about a product beyond
 * Medusa's product data. Linked one-to-one to a product.
 */
export const MsmeProductProfile = model.define("msme_product_profile", {
  id: model.id({ prefix: "mprof" }).primaryKey(),
  origin_kecamatan: model.text(),
  material: model.text().nullable(),
  export_ready: model.boolean().default(false),
  hs_code: model.text().nullable(),
  moq: model.number().nullable(),
  moq_unit: model.text().nullable(),
  lead_time_days: model.number().nullable(),
  capacity_per_month: model.number().nullable(),
  packed_length_cm: model.number().nullable(),
  packed_width_cm: model.number().nullable(),
  packed_height_cm: model.number().nullable(),
  packed_weight_kg: model.float().nullable(),
  shelf_life_months: model.number().nullable(),
})
