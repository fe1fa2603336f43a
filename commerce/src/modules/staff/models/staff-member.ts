import { model } from "@medusajs/framework/utils"

/**
 * What a Medusa user may do in the gallery. Kept in a module of our own, linked to the user, so that
 * none of Medusa's core user routes (which write a user's metadata) can change it: roles change only
 * through the staff-roles workflow, by an administrator. A user without a member row has no role.
 */
export const StaffMember = model.define("staff_member", {
  id: model.id({ prefix: "stfm" }).primaryKey(),
  roles: model.array().default([]),
  granted_by: model.text().nullable(),
  granted_at: model.dateTime().nullable(),
})
