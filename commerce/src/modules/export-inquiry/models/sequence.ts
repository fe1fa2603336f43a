import { model } from "@medusajs/framework/utils"

/** The last reference number given out per year (GC-<year>-<number>), advanced atomically. */
export const InquirySequence = model.define("export_inquiry_sequence", {
  id: model.text().primaryKey(),
  last: model.number().default(0),
})
