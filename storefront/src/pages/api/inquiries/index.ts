import type { APIRoute } from "astro"
import { inquiryBodyFromForm } from "../../../features/inquiry/form-body"
import { callInquiries, inquiryPath } from "../../../features/inquiry/inquiry.server"
import { sameOriginPath } from "../../../lib/edge"

/** Sends a buyer's export inquiry to Medusa; answers with the private page, or Medusa's message in the buyer's language. */
export const POST: APIRoute = async (context) => {
  const json = (context.request.headers.get("content-type") ?? "").includes("application/json")
  let body: Record<string, unknown>
  try {
    body = json
      ? ((await context.request.json()) as Record<string, unknown>)
      : inquiryBodyFromForm(await context.request.formData())
  } catch {
    return Response.json({ message: "The request could not be read." }, { status: 400 })
  }
  const locale = body.locale === "id" ? "id" : "en"
  const answer = await callInquiries<{ inquiry: { reference: string; token: string } }>("", {
    method: "POST",
    body,
    locale,
    clientIp: context.clientAddress,
  })
  // back to the page the form was on: a path of this site only, whatever the Referer says
  const back = sameOriginPath(context.request.headers.get("referer"), context.url.origin)
  if (!answer.ok) {
    if (json) return Response.json({ message: answer.message, errors: answer.errors }, { status: answer.status })
    const url = new URL(back, context.url.origin)
    url.searchParams.set("galat", answer.message || "error")
    return context.redirect(`${url.pathname}${url.search}`, 303)
  }
  const href = inquiryPath(locale, answer.data.inquiry.token)
  if (json)
    return Response.json({ reference: answer.data.inquiry.reference, href: `${href}?pesan=sent` }, { status: 201 })
  return context.redirect(`${href}?pesan=sent`, 303)
}
