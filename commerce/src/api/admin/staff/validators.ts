import { z } from "@medusajs/framework/zod"
import { STAFF_ROLES } from "../../../modules/staff/access"

export const StaffRolesBody = z
  .object({
    roles: z
      .array(z.enum(STAFF_ROLES, { error: `roles are some of: ${STAFF_ROLES.join(", ")}` }))
      .max(STAFF_ROLES.length),
  })
  .strict()
export type StaffRolesBody = z.infer<typeof StaffRolesBody>
