import type { Locale } from "../../i18n/ui"
import { en } from "./labels.en"
import { id, type MitraKey } from "./labels.id"

export type { MitraKey }

/** Every text of the seller portal, Indonesian first (the MSMEs' language), and English: one file per language. */
const MITRA: Record<Locale, Record<MitraKey, string>> = { id, en }

export function m(locale: Locale, key: MitraKey): string {
  return MITRA[locale][key]
}

/** A status word from the labels, or the raw value when there is none. */
export function statusLabel(locale: Locale, prefix: "curation" | "permit" | "msme" | "case", status: string): string {
  return MITRA[locale][`${prefix}_${status}` as MitraKey] ?? status
}
