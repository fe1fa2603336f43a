import { z } from "@medusajs/framework/zod"
import { STAFF_ROLES } from "../../../lib/staff-roles"

export const StaffRolesBody = z
  .object({
    roles: z
      .array(z.enum(STAFF_ROLES, { error: `roles are some of: ${STAFF_ROLES.join(", ")}` }))
      .min(1, "give at least one role (admin for everything)"),
  })
  .strict()
export type StaffRolesBody = z.infer<typeof StaffRolesBody>
