import { model } from "@medusajs/framework/utils"
import { CURATION_STATUSES } from "../transitions"

/**
 * Where a product stands in the gallery's curation. Only `approved` products (of active
 * MSMEs) are published to buyers; every decision is kept in `history`.
 */
export const ProductCuration = model
  .define("product_curation", {
    id: model.id({ prefix: "cur" }).primaryKey(),
    status: model.enum([...CURATION_STATUSES]).default("draft"),
    submitted_at: model.dateTime().nullable(),
    decided_at: model.dateTime().nullable(),
    decided_by: model.text().nullable(),
    notes: model.text().nullable(),
    history: model.json().default({ entries: [] }),
    /** the last review's rubric scores (1-5 per criterion) and the grade computed from them */
    scores: model.json().nullable(),
    grade: model.enum(["A", "B", "C", "D"]).nullable(),
    /**
     * A seller's change to an approved product waits here for review while the approved version stays
     * live: `revision` holds the proposed product, `revision_status` where its review stands.
     */
    revision: model.json().nullable(),
    revision_status: model.enum(["submitted", "changes_requested", "rejected"]).nullable(),
    revision_submitted_at: model.dateTime().nullable(),
    revision_notes: model.text().nullable(),
  })
  // the curation queue filters by status and orders by when products were sent (lib/curation-queue.ts)
  .indexes([{ on: ["status", "submitted_at"], where: "deleted_at IS NULL" }])
