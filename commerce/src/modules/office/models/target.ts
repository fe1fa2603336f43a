import { model } from "@medusajs/framework/utils"

/** The office's target for one indicator in one year (set by an administrator). */
export const OfficeTarget = model
  .define("office_target", {
    id: model.id({ prefix: "otgt" }).primaryKey(),
    indicator: model.text(),
    year: model.number(),
    value: model.bigNumber(),
    set_by: model.text().nullable(),
  })
  .indexes([{ on: ["indicator", "year"], unique: true, where: "deleted_at IS NULL" }])
