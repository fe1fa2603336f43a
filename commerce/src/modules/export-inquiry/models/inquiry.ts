import { model } from "@medusajs/framework/utils"
import { CURRENCIES, INCOTERMS, INQUIRY_STATUSES, LOCALES } from "../terms"
import { InquiryItem } from "./item"
import { InquiryMessage } from "./message"
import { InquiryQuote } from "./quote"

/**
 * An export inquiry (request for quotation) from a buyer who needs no account: found again by its
 * reference (GC-2026-000123) by staff and by its private token by the buyer. Every status change is
 * kept in `history` with who and when.
 */
export const ExportInquiry = model
  .define("export_inquiry", {
    id: model.id({ prefix: "inq" }).primaryKey(),
    reference: model.text().unique(),
    access_token: model.text().unique(),
    status: model.enum([...INQUIRY_STATUSES]).default("submitted"),
    locale: model.enum([...LOCALES]).default("en"),
    buyer_name: model.text().searchable(),
    buyer_company: model.text().searchable().nullable(),
    buyer_email: model.text().searchable(),
    buyer_country: model.text(),
    buyer_phone: model.text().nullable(),
    incoterm: model.enum([...INCOTERMS]),
    destination: model.text(),
    target_price: model.bigNumber().nullable(),
    currency: model.enum([...CURRENCIES]),
    certificates: model.array().default([]),
    sample_requested: model.boolean().default(false),
    expected_date: model.dateTime().nullable(),
    assigned_to: model.text().nullable(),
    history: model.json().default({ entries: [] }),
    /**
     * The submission's fingerprint (the form's id with what was sent in it): the same form sent again
     * unchanged is one inquiry, however often it arrives.
     */
    submission_key: model.text().nullable(),
    items: model.hasMany(() => InquiryItem, { mappedBy: "inquiry" }),
    messages: model.hasMany(() => InquiryMessage, { mappedBy: "inquiry" }),
    quotes: model.hasMany(() => InquiryQuote, { mappedBy: "inquiry" }),
  })
  .cascades({ delete: ["items", "messages", "quotes"] })
  .indexes([
    { on: ["status"] },
    { on: ["buyer_country"] },
    { on: ["submission_key"], unique: true, where: "submission_key IS NOT NULL AND deleted_at IS NULL" },
  ])
