import { model } from "@medusajs/framework/utils"

/** A batch of bank transfers staff prepare together (one per MSME due), exported as a transfer list. */
export const LedgerPayoutBatch = model.define("ledger_payout_batch", {
  id: model.id({ prefix: "lpb" }).primaryKey(),
  created_by: model.text().nullable(),
  payouts: model.hasMany(() => LedgerPayout, { mappedBy: "batch" }),
})

/** What one MSME is paid in a batch: its balance when the batch was made, paid once with the transfer's reference. */
export const LedgerPayout = model
  .define("ledger_payout", {
    id: model.id({ prefix: "lpay" }).primaryKey(),
    msme_id: model.text(),
    amount: model.number(),
    status: model.enum(["pending", "paid"]).default("pending"),
    bank_name: model.text().nullable(),
    bank_account: model.text().nullable(),
    bank_holder: model.text().nullable(),
    transfer_reference: model.text().nullable(),
    paid_at: model.dateTime().nullable(),
    paid_by: model.text().nullable(),
    batch: model.belongsTo(() => LedgerPayoutBatch, { mappedBy: "payouts" }),
  })
  .indexes([{ on: ["msme_id"] }])
