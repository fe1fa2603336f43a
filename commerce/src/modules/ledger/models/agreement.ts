import { model } from "@medusajs/framework/utils"

/**
 * An MSME's consignment agreement with the gallery: the commission the gallery keeps on each sale
 * (basis points: 1500 = 15%), from when to when, and the bank account its payouts go to. A new rate
 * is a new agreement from its start date; the old one stays for the sales made under it.
 */
export const LedgerAgreement = model
  .define("ledger_agreement", {
    id: model.id({ prefix: "lagr" }).primaryKey(),
    msme_id: model.text(),
    commission_bps: model.number(),
    starts_on: model.dateTime(),
    ends_on: model.dateTime().nullable(),
    bank_name: model.text().nullable(),
    bank_account: model.text().nullable(),
    bank_holder: model.text().nullable(),
    created_by: model.text().nullable(),
  })
  .indexes([{ on: ["msme_id", "starts_on"] }])
