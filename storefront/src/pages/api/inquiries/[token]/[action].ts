import type { APIRoute } from "astro"
import { callInquiries, inquiryPath, isToken } from "../../../../features/inquiry/inquiry.server"

const ACTIONS = { messages: "replied", accept: "accepted", decline: "declined" } as const

/** The private page's forms (reply, accept, decline): forwarded to Medusa, then back to the page with the outcome. */
export const POST: APIRoute = async (context) => {
  const { token, action } = context.params
  if (!isToken(token) || !action || !(action in ACTIONS)) return new Response("Not found", { status: 404 })
  const form = await context.request.formData().catch(() => new FormData())
  const locale = form.get("locale") === "id" ? "id" : "en"
  const body =
    action === "messages"
      ? { body: String(form.get("body") ?? "") }
      : action === "decline" && String(form.get("reason") ?? "").trim()
        ? { reason: String(form.get("reason")) }
        : {}
  const answer = await callInquiries(`/${token}/${action}`, {
    method: "POST",
    body,
    locale,
    clientIp: context.clientAddress,
  })
  const page = inquiryPath(locale, token)
  if (!answer.ok)
    return context.redirect(`${page}?galat=${encodeURIComponent(answer.message || "error")}#tindakan`, 303)
  return context.redirect(
    `${page}?pesan=${ACTIONS[action as keyof typeof ACTIONS]}#${action === "messages" ? "percakapan" : "penawaran"}`,
    303,
  )
}
