import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { curationMessage, NOTIFIED_STATUSES } from "../lib/curation-notifications"
import { runtimeConfig } from "../lib/runtime-config"

type Data = { product_id: string; status?: string; event?: string }

/**
 * Sellers hear of the curators' decisions on their products (approved, changes requested, rejected;
 * also for changes to live products) by email, with the notes and a link to the product in /mitra.
 * A message that cannot be sent is logged; the decision stands.
 */
export default async function curationNotifications({ event, container }: SubscriberArgs<Data>) {
  const status = event.name === "curation.revision_changed" ? event.data.event : event.data.status
  if (!status || !NOTIFIED_STATUSES.includes(status)) return
  const logger = container.resolve("logger")
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "product_curation.notes",
      "product_curation.revision_notes",
      "msme.email",
      "msme.sellers.email",
    ],
    filters: { id: event.data.product_id },
  })
  const product = data[0] as unknown as
    | {
        id: string
        title: string
        product_curation?: { notes: string | null; revision_notes: string | null } | null
        msme?: { email: string | null; sellers?: { email: string }[] } | null
      }
    | undefined
  if (!product?.msme) return
  const kind = event.name === "curation.revision_changed" ? "revision" : "product"
  const notice = {
    kind,
    status,
    title: product.title,
    notes: (kind === "revision" ? product.product_curation?.revision_notes : product.product_curation?.notes) ?? null,
    link: `${runtimeConfig().env.STOREFRONT_URL.replace(/\/$/, "")}/mitra/produk/${product.id}`,
  } as const
  const message = curationMessage(notice)
  if (!message) return
  const to = [
    ...new Set([
      ...(product.msme.sellers ?? []).map((s) => s.email),
      ...(product.msme.email ? [product.msme.email] : []),
    ]),
  ]
  const notifications = container.resolve(Modules.NOTIFICATION)
  for (const email of to) {
    try {
      await notifications.createNotifications({
        to: email,
        channel: "email",
        template: `curation-${kind}-${status}`,
        content: message,
        // the facts too, for providers that render their own templates
        data: { product_id: product.id, ...notice },
      })
    } catch (error) {
      logger.warn(`curation message to ${email} not sent: ${(error as Error).message}`)
    }
  }
}

export const config: SubscriberConfig = {
  event: ["curation.status_changed", "curation.revision_changed"],
  context: { subscriberId: "curation-notifications" },
}
