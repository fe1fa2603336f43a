import { model } from "@medusajs/framework/utils"
import { CURRENCIES } from "../terms"
import { InquiryItem } from "./item"

/**
 * What the MSME that makes an item can offer for it: its price, monthly capacity and lead time.
 * Entered by the MSME (seller portal) or by staff on its behalf; staff build the quote from these.
 */
export const InquiryOffer = model.define("export_inquiry_offer", {
  id: model.id({ prefix: "inqo" }).primaryKey(),
  unit_price: model.bigNumber(),
  currency: model.enum([...CURRENCIES]),
  capacity_per_month: model.number().nullable(),
  lead_time_days: model.number().nullable(),
  note: model.text().nullable(),
  /** the MSME the offer is from: a seller sees its own MSME's offers only */
  msme_id: model.text().index().nullable(),
  entered_by_type: model.enum(["staff", "msme"]),
  entered_by_id: model.text().nullable(),
  item: model.belongsTo(() => InquiryItem, { mappedBy: "offers" }),
})
