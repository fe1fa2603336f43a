import { useTranslation } from "react-i18next"

/** `t("galeri.curation.title")` for the gallery's staff pages, in the language the staff member chose. */
export function useText() {
  const { t, i18n } = useTranslation()
  return { t: (key: string) => t(`galeri.${key}`), lang: i18n.language?.startsWith("id") ? "id" : "en" }
}

export const field = "bg-ui-bg-field shadow-borders-base rounded-md px-2 py-1 text-sm"

export const GRADE_COLOR: Record<string, "green" | "blue" | "orange" | "red"> = {
  A: "green",
  B: "blue",
  C: "orange",
  D: "red",
}

/**
 * Links on the gallery's staff pages: Medusa UI's interactive blue on white is below the 4.5:1 contrast
 * WCAG asks of text, so our links use a darker blue (7:1), underlined.
 */
export const linkStyle = { color: "#1d4ed8" }
