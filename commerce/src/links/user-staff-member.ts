import { defineLink } from "@medusajs/framework/utils"
import UserModule from "@medusajs/medusa/user"
import StaffModule from "../modules/staff"

/** A Medusa user's gallery roles: one staff member row per user. */
export default defineLink(UserModule.linkable.user, StaffModule.linkable.staffMember)
