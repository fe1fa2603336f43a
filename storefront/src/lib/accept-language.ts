import type { Locale } from "../i18n/ui"

/**
 * The storefront's language for a phone's Accept-Language header: Indonesian when the phone puts
 * Indonesian (id, or the old "in") before English, English when it puts English first or speaks
 * neither (the gallery's overseas visitors), Indonesian when it sends nothing.
 */
export function preferredLocale(header: string | null | undefined): Locale {
  if (!header?.trim()) return "id"
  const ranked = header
    .split(",")
    .map((part, i) => {
      const [tag = "", ...params] = part.trim().split(";")
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="))
      return { lang: tag.trim().toLowerCase().split("-")[0]!, q: q ? Number(q.slice(2)) || 0 : 1, i }
    })
    .filter((r) => r.lang && r.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i)
  for (const { lang } of ranked) {
    if (lang === "id" || lang === "in") return "id"
    if (lang === "en") return "en"
  }
  return ranked.length ? "en" : "id"
}
