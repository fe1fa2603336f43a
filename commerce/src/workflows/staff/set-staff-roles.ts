import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { SetStaffRolesInput } from "../../types/staff"
import { setStaffRolesStep } from "./steps/set-roles"

/** An administrator gives a staff member their complete set of roles (recorded with who and when). */
export const setStaffRolesWorkflow = createWorkflow("set-staff-roles", (input: SetStaffRolesInput) => {
  const member = setStaffRolesStep(input)
  return new WorkflowResponse(member)
})
