import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { runtimeConfig } from "../../lib/runtime-config"
import { STAFF_ROLES, type StaffRole } from "../../modules/staff/access"

const known = (roles: readonly string[] | null | undefined): StaffRole[] =>
  (roles ?? []).filter((r): r is StaffRole => (STAFF_ROLES as readonly string[]).includes(r))

type UserWithRoles = {
  id: string
  email: string
  first_name?: string | null
  last_name?: string | null
  staff_member?: { roles: string[] } | null
}

/** Every staff account with its gallery roles (none until an administrator gives some). */
export async function listStaff(container: MedusaContainer) {
  // every account, 500 at a time: a list of colleagues never stops short
  const all: Awaited<ReturnType<typeof staffPage>>["staff"] = []
  for (let offset = 0; ; offset += 500) {
    const { staff, count } = await staffPage(container, { limit: 500, offset })
    all.push(...staff)
    if (offset + 500 >= count) return all
  }
}

/** A page of the staff accounts by email, counted, with their roles. */
export async function staffPage(container: MedusaContainer, page: { limit: number; offset: number }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "user",
    fields: ["id", "email", "first_name", "last_name", "staff_member.roles"],
    pagination: { take: page.limit, skip: page.offset, order: { email: "ASC" } },
  })
  return {
    staff: (data as UserWithRoles[]).map((u) => ({
      id: u.id,
      email: u.email,
      name: [u.first_name, u.last_name].filter(Boolean).join(" "),
      roles: known(u.staff_member?.roles),
    })),
    count: metadata?.count ?? data.length,
  }
}

/** The roles of one staff account. */
export async function rolesOfUser(container: MedusaContainer, userId: string): Promise<StaffRole[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "user", fields: ["id", "staff_member.roles"], filters: { id: userId } })
  return known((data[0] as UserWithRoles | undefined)?.staff_member?.roles)
}

/**
 * Who on the staff is told about something: GALERI_STAFF_EMAILS when set, otherwise the staff
 * accounts that hold `role` (administrators included).
 */
export async function staffEmails(container: MedusaContainer, role: StaffRole): Promise<string[]> {
  const configured = (runtimeConfig().env.GALERI_STAFF_EMAILS ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean)
  if (configured.length) return configured
  const staff = await listStaff(container)
  return staff.filter((s) => s.roles.includes("admin") || s.roles.includes(role)).map((s) => s.email)
}
