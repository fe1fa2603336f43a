import { model } from "@medusajs/framework/utils"

/**
 * Staff invite a person to sell for an MSME: the link carries a random token (only its SHA-256 is
 * stored), valid for 14 days and used once. Accepting it opens a seller account for that MSME.
 */
export const SellerInvitation = model.define("seller_invitation", {
  id: model.id({ prefix: "sinv" }).primaryKey(),
  msme_id: model.text().index(),
  email: model.text(),
  name: model.text(),
  token_hash: model.text().unique(),
  expires_at: model.dateTime(),
  accepted_at: model.dateTime().nullable(),
  seller_id: model.text().nullable(),
  invited_by: model.text(),
})
