import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { runtimeConfig } from "../lib/runtime-config"
import { curationMessage, NOTIFIED_STATUSES } from "../modules/curation/messages"
import { sendNotificationsWorkflow } from "../workflows/notifications/send-notifications"

type Data = { product_id: string; status?: string; event?: string }

/**
 * Sellers hear of the curators' decisions on their products (approved, changes requested, rejected;
 * also for changes to live products) by email, with the notes and a link to the product in /mitra.
 * A message that cannot be sent is logged; the decision stands.
 */
export default async function curationNotifications({ event, container }: SubscriberArgs<Data>) {
  const status = event.name === "curation.revision_changed" ? event.data.event : event.data.status
  if (!status || !NOTIFIED_STATUSES.includes(status)) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "product_curation.notes",
      "product_curation.revision_notes",
      "product_curation.updated_at",
      "msme.email",
      "msme.sellers.email",
    ],
    filters: { id: event.data.product_id },
  })
  const product = data[0] as unknown as
    | {
        id: string
        title: string
        product_curation?: {
          notes: string | null
          revision_notes: string | null
          updated_at?: string | Date | null
        } | null
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
  // one decision, one message per address: the decision's time makes the key, so a redelivered event sends nothing twice
  const decided = new Date(product.product_curation?.updated_at ?? Date.now()).toISOString()
  await sendNotificationsWorkflow(container).run({
    input: {
      on_failure: "log",
      messages: to.map((email) => ({
        to: email,
        channel: "email" as const,
        template: `curation-${kind}-${status}`,
        content: message,
        // the facts too, for providers that render their own templates
        data: { product_id: product.id, ...notice },
        idempotency_key: `curation-${kind}-${status}-${product.id}-${decided}-${email}`,
      })),
    },
  })
}

export const config: SubscriberConfig = {
  event: ["curation.status_changed", "curation.revision_changed"],
  context: { subscriberId: "curation-notifications" },
}
