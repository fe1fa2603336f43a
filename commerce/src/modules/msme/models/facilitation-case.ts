import { model } from "@medusajs/framework/utils"
import { FACILITATION_PERMITS, FACILITATION_STATUSES } from "../facilitation"
import { Msme } from "./msme"

/**
 * The office helping one MSME get one missing permit (NIB through OSS, halal by self-declaration
 * with a facilitator, P-IRT, BPOM): where it stands, who follows it, the next step and its date.
 * At most one open case per MSME and permit; it closes itself when the permit is verified.
 */
export const MsmeFacilitationCase = model
  .define("msme_facilitation_case", {
    id: model.id({ prefix: "fcase" }).primaryKey(),
    permit_type: model.enum([...FACILITATION_PERMITS]),
    status: model.enum([...FACILITATION_STATUSES]).default("identified"),
    officer_id: model.text().nullable(),
    next_step: model.text().nullable(),
    due_date: model.dateTime().nullable(),
    /** notes and every change: [{ at, by, kind, from?, to?, text? }] */
    history: model.json().default({ entries: [] }),
    opened_by: model.text().nullable(),
    closed_at: model.dateTime().nullable(),
    msme: model.belongsTo(() => Msme, { mappedBy: "facilitation_cases" }),
  })
  .indexes([
    { on: ["msme_id", "permit_type"], unique: true, where: "closed_at IS NULL AND deleted_at IS NULL" },
    { on: ["status"], where: "deleted_at IS NULL" },
  ])
