import { model } from "@medusajs/framework/utils"
import { UNITS } from "../terms"
import { ExportInquiry } from "./inquiry"
import { InquiryOffer } from "./offer"

/**
 * One thing the buyer asks for: a gallery product (linked, with its title kept as asked) or free
 * text ("rattan chairs like your catalogue, in white"), a quantity and a unit.
 */
export const InquiryItem = model
  .define("export_inquiry_item", {
    id: model.id({ prefix: "inqi" }).primaryKey(),
    title: model.text(),
    description: model.text().nullable(),
    quantity: model.number(),
    unit: model.enum([...UNITS]),
    /** the MSME staff gave this line to (a free-text line, or a second maker for a product line) */
    assigned_msme_id: model.text().nullable(),
    inquiry: model.belongsTo(() => ExportInquiry, { mappedBy: "items" }),
    offers: model.hasMany(() => InquiryOffer, { mappedBy: "item" }),
  })
  .cascades({ delete: ["offers"] })
