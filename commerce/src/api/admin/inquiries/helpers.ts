import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { runtimeConfig } from "../../../lib/runtime-config"
import { buyerLink, whatsappUrl } from "../../../modules/export-inquiry/messages"
import { DETAIL_FIELDS } from "./query-config"

/** One inquiry as staff see it: everything, plus the buyer's link and a WhatsApp click-to-chat link. */
export async function staffInquiry(container: MedusaContainer, id: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "export_inquiry", fields: DETAIL_FIELDS, filters: { id } })
  const row = data[0] as Record<string, unknown> | undefined
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Export inquiry ${id} was not found`)
  const { access_token, ...inquiry } = row as Record<string, unknown> & { access_token: string }
  const locale = inquiry.locale as "id" | "en"
  const users = container.resolve(Modules.USER)
  const assignee = inquiry.assigned_to ? (await users.listUsers({ id: inquiry.assigned_to as string }))[0] : undefined
  return {
    ...inquiry,
    messages: [...((inquiry.messages as { created_at: string }[]) ?? [])].sort((a, b) =>
      String(a.created_at).localeCompare(String(b.created_at)),
    ),
    quotes: [...((inquiry.quotes as { number: number }[]) ?? [])].sort((a, b) => b.number - a.number),
    assignee: assignee ? { id: assignee.id, email: assignee.email } : null,
    buyer_link: buyerLink(runtimeConfig().env.STOREFRONT_URL, locale, access_token),
    whatsapp_url: whatsappUrl(inquiry as unknown as Parameters<typeof whatsappUrl>[0]) ?? null,
  }
}

export async function staffName(container: MedusaContainer, userId: string | null | undefined): Promise<string> {
  if (!userId) return "Galeri Caruban"
  const [user] = await container.resolve(Modules.USER).listUsers({ id: userId })
  const name = [user?.first_name, user?.last_name].filter(Boolean).join(" ")
  return name ? `${name} (Galeri Caruban)` : "Galeri Caruban"
}
