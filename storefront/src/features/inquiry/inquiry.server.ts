import { MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY } from "astro:env/server"
import type { Locale } from "../../i18n/ui"

/**
 * Export inquiries through Medusa's /store/inquiries. The buyer's address is passed on
 * (X-Forwarded-For) so Medusa limits each buyer, not the storefront server, and the buyer's
 * language so Medusa's messages are in it.
 */
export type InquiryView = {
  reference: string
  status: "submitted" | "in_review" | "quoted" | "accepted" | "declined" | "expired"
  locale: Locale
  created_at: string
  buyer_name: string
  buyer_company: string | null
  buyer_country: string
  incoterm: string
  destination: string
  target_price: number | null
  currency: string
  certificates: string[]
  sample_requested: boolean
  expected_date: string | null
  items: {
    id: string
    title: string
    description: string | null
    quantity: number
    unit: string
    product?: { handle: string } | null
  }[]
  messages: { id: string; author_type: string; author_name: string; body: string; created_at: string }[]
  quote: {
    number: number
    status: string
    currency: string
    incoterm: string
    valid_until: string
    lead_time_days: number
    notes: string | null
    lines: { title: string; quantity: number; unit: string; unit_price: number }[]
    total: number
  } | null
  timeline: { status: string; at: string; by: string }[]
  order?: { id: string; display_id: number } | null
}

export type Answer<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; message: string; errors?: { field: string; message: string }[] }

export async function callInquiries<T>(
  path: string,
  init: { method?: string; body?: unknown; clientIp?: string; locale: Locale },
): Promise<Answer<T>> {
  let res: Response
  try {
    res = await fetch(`${MEDUSA_BACKEND_URL}/store/inquiries${path}`, {
      method: init.method ?? "GET",
      headers: {
        "content-type": "application/json",
        "x-publishable-api-key": MEDUSA_PUBLISHABLE_KEY ?? "",
        "accept-language": init.locale,
        ...(init.clientIp ? { "x-forwarded-for": init.clientIp } : {}),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    })
  } catch (error) {
    console.error(
      `[storefront] inquiries: Medusa unreachable (${error instanceof Error ? error.message : String(error)})`,
    )
    return { ok: false, status: 503, message: "" }
  }
  const body = (await res.json().catch(() => ({}))) as Record<string, unknown>
  if (!res.ok) {
    return {
      ok: false,
      status: res.status,
      message: typeof body.message === "string" ? body.message : "",
      errors: Array.isArray(body.errors) ? (body.errors as { field: string; message: string }[]) : undefined,
    }
  }
  return { ok: true, status: res.status, data: body as T }
}

/** Tokens are 43 URL-safe characters; anything else is not worth asking Medusa about. */
export const isToken = (token: string | undefined): token is string => /^[A-Za-z0-9_-]{43}$/.test(token ?? "")

export function inquiryPath(locale: Locale, token: string): string {
  return `${locale === "en" ? "/en" : ""}/ekspor/permintaan/${token}`
}
