import { CURATION_STATUSES } from "@galeri/content"
import { model } from "@medusajs/framework/utils"

/**
 * Where a product stands in the gallery's curation. Only `approved` products (of active
 * MSMEs) are published to buyers; every decision is kept in `history`.
 */
export const ProductCuration = model.define("product_curation", {
  id: model.id({ prefix: "cur" }).primaryKey(),
  status: model.enum([...CURATION_STATUSES]).default("draft"),
  submitted_at: model.dateTime().nullable(),
  decided_at: model.dateTime().nullable(),
  decided_by: model.text().nullable(),
  notes: model.text().nullable(),
  history: model.json().default({ entries: [] }),
})
