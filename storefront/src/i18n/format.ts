import type { Locale } from "./ui"

/** A price in the buyer's language: rupiah without decimals, other currencies with two. */
export function formatPrice(amount: number, currency: string, locale: Locale): string {
  return new Intl.NumberFormat(locale === "id" ? "id-ID" : "en-US", {
    style: "currency",
    currency: currency.toUpperCase(),
    maximumFractionDigits: currency.toLowerCase() === "idr" ? 0 : 2,
  }).format(amount)
}
