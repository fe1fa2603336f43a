import { model } from "@medusajs/framework/utils"
import { Msme } from "./msme"

/** One change of an MSME's status (pending, active, suspended): who, when, why, and through what. */
export const MsmeStatusChange = model.define("msme_status_change", {
  id: model.id({ prefix: "msst" }).primaryKey(),
  from_status: model.text().nullable(),
  to_status: model.text(),
  reason: model.text().nullable(),
  actor_id: model.text().nullable(),
  /** staff (Admin), import (a registry spreadsheet), seller (sign-up) or seed */
  source: model.text().default("staff"),
  msme: model.belongsTo(() => Msme, { mappedBy: "status_changes" }),
})
