import { model } from "@medusajs/framework/utils"
import { ENTRY_KINDS } from "../terms"

/**
 * One line of an MSME's account with the gallery, in whole rupiah (positive: owed to the MSME;
 * negative: the gallery's commission, a refund, a payout). Append-only: an entry is never changed
 * or deleted, a mistake is corrected by another entry. `reference` says what booked it (the order
 * line, the refund, the payout) and is unique: the same event delivered twice books once.
 */
export const LedgerEntry = model
  .define("ledger_entry", {
    id: model.id({ prefix: "lent" }).primaryKey(),
    msme_id: model.text(),
    kind: model.enum([...ENTRY_KINDS]),
    amount: model.number(),
    reference: model.text(),
    month: model.text(),
    occurred_at: model.dateTime(),
    order_id: model.text().nullable(),
    order_display_id: model.number().nullable(),
    line_item_id: model.text().nullable(),
    payout_id: model.text().nullable(),
    title: model.text().nullable(),
    quantity: model.number().nullable(),
    currency_code: model.text().nullable(),
    original_amount: model.float().nullable(),
    commission_bps: model.number().nullable(),
  })
  .indexes([
    { on: ["reference"], unique: true, where: "deleted_at IS NULL" },
    { on: ["msme_id", "month"] },
    { on: ["order_id"] },
  ])
