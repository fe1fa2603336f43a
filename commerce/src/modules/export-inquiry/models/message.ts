import { model } from "@medusajs/framework/utils"
import { ACTOR_TYPES } from "../terms"
import { ExportInquiry } from "./inquiry"

/** One message of an inquiry's thread. Internal notes are staff-only and never shown to the buyer. */
export const InquiryMessage = model.define("export_inquiry_message", {
  id: model.id({ prefix: "inqm" }).primaryKey(),
  author_type: model.enum([...ACTOR_TYPES]),
  author_id: model.text().nullable(),
  author_name: model.text(),
  body: model.text(),
  internal: model.boolean().default(false),
  inquiry: model.belongsTo(() => ExportInquiry, { mappedBy: "messages" }),
})
