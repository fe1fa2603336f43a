import type { Locale } from "./ui"

/** The locale of a `[...lang]` route: none for Indonesian (the default), "en" for English; anything else is not a page. */
export function localeFromParam(lang: string | undefined): Locale | null {
  if (lang === undefined || lang === "") return "id"
  if (lang === "en") return "en"
  return null
}
