import type { StaffRole } from "../../modules/staff/access"

export type { StaffRole }

/** Input of the staff-roles workflow: the user's complete set of roles, and who gives them. */
export type SetStaffRolesInput = { user_id: string; roles: StaffRole[]; granted_by: string | null }

/** A staff member as the admin's staff routes show them. */
export type StaffMemberView = { id: string; email: string; name: string; roles: StaffRole[] }
