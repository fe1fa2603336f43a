import { model } from "@medusajs/framework/utils"
import { CURRENCIES, INCOTERMS } from "../terms"
import { ExportInquiry } from "./inquiry"

/**
 * A quote sent to the buyer: lines with unit prices in one currency, valid until a date, on an
 * Incoterm, with a lead time. A newer quote supersedes the previous one; an accepted one becomes a
 * draft order.
 */
export const InquiryQuote = model.define("export_inquiry_quote", {
  id: model.id({ prefix: "inqq" }).primaryKey(),
  number: model.number(),
  status: model.enum(["sent", "superseded", "accepted", "declined", "expired"]).default("sent"),
  currency: model.enum([...CURRENCIES]),
  incoterm: model.enum([...INCOTERMS]),
  valid_until: model.dateTime(),
  lead_time_days: model.number(),
  notes: model.text().nullable(),
  /** [{ item_id, title, quantity, unit, unit_price }], checked by the API's zod schema */
  lines: model.json(),
  total: model.bigNumber(),
  sent_by: model.text().nullable(),
  sent_at: model.dateTime(),
  inquiry: model.belongsTo(() => ExportInquiry, { mappedBy: "quotes" }),
})
