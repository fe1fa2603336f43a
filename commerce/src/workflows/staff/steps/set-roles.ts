import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAFF_MODULE } from "../../../modules/staff"
import type StaffModuleService from "../../../modules/staff/service"
import type { SetStaffRolesInput } from "../../../types/staff"

export const setStaffRolesStepId = "set-staff-roles"

type Undo =
  | { created: true; member_id: string; user_id: string }
  | { created: false; member_id: string; roles: string[]; granted_by: string | null; granted_at: Date | null }

/** The member row linked to a user, if any. */
export async function staffMemberOf(container: MedusaContainer, userId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "user",
    fields: ["id", "email", "staff_member.id", "staff_member.roles"],
    filters: { id: userId },
  })
  const user = data[0] as
    | { id: string; email: string; staff_member?: { id: string; roles: string[] } | null }
    | undefined
  if (!user) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Staff member ${userId} was not found`)
  return { user, member: user.staff_member ?? null }
}

/**
 * Gives a user their roles: updates the linked member row, or creates it and links it to the user.
 * The compensation puts the earlier roles back, or removes the row and its link.
 */
export const setStaffRolesStep = createStep(
  setStaffRolesStepId,
  async (input: SetStaffRolesInput, { container }) => {
    const staff: StaffModuleService = container.resolve(STAFF_MODULE)
    const { member } = await staffMemberOf(container, input.user_id)
    const granted = { roles: input.roles, granted_by: input.granted_by, granted_at: new Date() }
    if (member) {
      const [before] = await staff.listStaffMembers({ id: member.id })
      const updated = await staff.updateStaffMembers({ id: member.id, ...granted })
      return new StepResponse(updated, {
        created: false,
        member_id: member.id,
        roles: before!.roles,
        granted_by: before!.granted_by,
        granted_at: before!.granted_at,
      } as Undo)
    }
    const created = await staff.createStaffMembers(granted)
    const link = (container as MedusaContainer).resolve(ContainerRegistrationKeys.LINK)
    await link.create({
      [Modules.USER]: { user_id: input.user_id },
      [STAFF_MODULE]: { staff_member_id: created.id },
    })
    return new StepResponse(created, { created: true, member_id: created.id, user_id: input.user_id } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const staff: StaffModuleService = container.resolve(STAFF_MODULE)
    if (undo.created) {
      const link = (container as MedusaContainer).resolve(ContainerRegistrationKeys.LINK)
      await link.dismiss({
        [Modules.USER]: { user_id: undo.user_id },
        [STAFF_MODULE]: { staff_member_id: undo.member_id },
      })
      await staff.deleteStaffMembers(undo.member_id)
      return
    }
    await staff.updateStaffMembers({
      id: undo.member_id,
      roles: undo.roles,
      granted_by: undo.granted_by,
      granted_at: undo.granted_at,
    })
  },
)
