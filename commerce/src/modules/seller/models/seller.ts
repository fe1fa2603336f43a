import { model } from "@medusajs/framework/utils"

/**
 * A person who signs in to the seller portal for an MSME (its own auth actor, "seller": not staff,
 * not a customer). Several sellers can work for one MSME; `onboarding` records whether the account
 * was opened by the MSME itself or by gallery staff for an MSME that is not online yet.
 */
export const Seller = model.define("seller", {
  id: model.id({ prefix: "sel" }).primaryKey(),
  email: model.text().unique(),
  name: model.text(),
  role: model.enum(["owner", "member"]).default("owner"),
  onboarding: model.enum(["self", "staff_assisted", "invited"]).default("self"),
  created_by: model.text().nullable(),
})
