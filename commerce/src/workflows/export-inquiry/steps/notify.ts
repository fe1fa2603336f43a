import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { runtimeConfig } from "../../../lib/runtime-config"
import {
  type InquiryEvent,
  type InquiryFacts,
  inquiryNotifications,
  type OutgoingNotification,
} from "../../../modules/export-inquiry/messages"
import { staffEmails } from "../../staff/staff-roles"

export const planInquiryNotificationsStepId = "plan-export-inquiry-notifications"

/** Reads the inquiry, its MSMEs and the staff addresses, and decides the messages the event calls for. */
export const planInquiryNotificationsStep = createStep(
  planInquiryNotificationsStepId,
  async (event: InquiryEvent, { container }) => {
    const c = container as MedusaContainer
    const query = c.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "export_inquiry",
      fields: [
        "*",
        "items.title",
        "items.quantity",
        "items.unit",
        "quotes.*",
        "messages.*",
        "msmes.name",
        "msmes.email",
      ],
      filters: { id: event.id },
    })
    const inquiry = data[0] as unknown as InquiryFacts & {
      assigned_to: string | null
      quotes: { id: string; currency: string; total: number; valid_until: string | Date }[]
      messages: { id: string; author_name: string; body: string }[]
      msmes?: { name: string; email: string | null }[]
    }
    if (!inquiry) return new StepResponse([] as OutgoingNotification[])
    const quote = "quote_id" in event ? inquiry.quotes.find((q) => q.id === event.quote_id) : undefined
    const message = "message_id" in event ? inquiry.messages.find((m) => m.id === event.message_id) : undefined
    const { env } = runtimeConfig()
    const users = c.resolve(Modules.USER)
    const staff = await staffEmails(c, "mediator")
    const assignee = inquiry.assigned_to
      ? ((await users.listUsers({ id: inquiry.assigned_to }))[0]?.email ?? null)
      : null
    const facts: InquiryFacts = {
      ...inquiry,
      quote: quote
        ? {
            currency: quote.currency,
            total: Number(quote.total),
            valid_until: new Date(quote.valid_until).toISOString(),
          }
        : null,
      message: message ? { author_name: message.author_name, body: message.body } : null,
    } as InquiryFacts
    return new StepResponse(
      inquiryNotifications(event, facts, { staff, assignee, msmes: inquiry.msmes ?? [] }, env.STOREFRONT_URL),
    )
  },
)
