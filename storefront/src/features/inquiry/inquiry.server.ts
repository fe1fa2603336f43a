import type { StoreInquiryView } from "@galeri/commerce/contracts"
import type { Locale } from "../../i18n/ui"
import { type Answer, callMedusa } from "../../lib/medusa.server"

/**
 * Export inquiries through Medusa's /store/inquiries, with the storefront's one client: the buyer's
 * address is passed on (X-Forwarded-For) so Medusa limits each buyer, not the storefront server,
 * and the buyer's language so Medusa's messages are in it.
 */
export type InquiryView = StoreInquiryView
export type { Answer }

export function callInquiries<T>(
  path: string,
  init: { method?: string; body?: unknown; clientIp?: string; locale: Locale },
): Promise<Answer<T>> {
  return callMedusa<T>(`/store/inquiries${path}`, { ...init, method: init.method ?? "GET" })
}

/** Tokens are 43 URL-safe characters; anything else is not worth asking Medusa about. */
export const isToken = (token: string | undefined): token is string => /^[A-Za-z0-9_-]{43}$/.test(token ?? "")

export function inquiryPath(locale: Locale, token: string): string {
  return `${locale === "en" ? "/en" : ""}/ekspor/permintaan/${token}`
}
