/** Every buyer-facing string, in Indonesian (default) and English: texts in id.ts and en.ts. */
import { en } from "./en"
import { id, type UiKey } from "./id"

export { formatPrice } from "./format"
export { INCOTERMS, INQUIRY_COUNTRIES, INQUIRY_CURRENCIES, INQUIRY_LABELS, PERMIT_LABELS, unitLabel } from "./terms"
export type { UiKey }

export const LOCALES = ["id", "en"] as const
export type Locale = (typeof LOCALES)[number]

export const MEDUSA_LOCALE: Record<Locale, string> = { id: "id-ID", en: "en-US" }
/** Region whose prices a locale shows until the buyer picks a currency. */
export const DEFAULT_REGION: Record<Locale, string> = { id: "Indonesia", en: "International" }

/** The storefront's texts by language: one file per language (id.ts, en.ts), typed so a missing key fails. */
export const ui: Record<Locale, Record<UiKey, string>> = { id, en }

export function t(locale: Locale, key: UiKey): string {
  return ui[locale][key]
}
