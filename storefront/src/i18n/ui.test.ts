import { describe, expect, it } from "vitest"
import { highlightedHtml } from "../features/search/highlight"
import { formatPrice, LOCALES, PERMIT_LABELS, ui } from "./ui"

describe("buyer-facing text", () => {
  it("exists in Indonesian and English for every key, never empty", () => {
    const keys = Object.keys(ui.id).sort()
    expect(Object.keys(ui.en).sort()).toEqual(keys)
    for (const locale of LOCALES)
      for (const key of keys) expect(ui[locale][key as keyof typeof ui.id].trim()).not.toBe("")
    for (const labels of Object.values(PERMIT_LABELS)) expect(Object.keys(labels).sort()).toEqual(["en", "id"])
  })

  it("formats prices the way buyers read them", () => {
    expect(formatPrice(1250000, "idr", "id").replace(/\s/g, " ")).toBe("Rp 1.250.000")
    expect(formatPrice(75.5, "usd", "en")).toBe("$75.50")
    expect(formatPrice(98, "sgd", "en").replace(/\s/g, " ")).toBe("SGD 98.00")
    expect(formatPrice(338, "myr", "id").replace(/\s/g, " ")).toBe("MYR 338,00")
  })
})

describe("search highlights", () => {
  it("keep only the engine's <mark> tags; anything else in a title stays text", () => {
    expect(highlightedHtml("<mark>Kursi</mark> Rotan <script>x</script> & co")).toBe(
      "<mark>Kursi</mark> Rotan &lt;script&gt;x&lt;/script&gt; &amp; co",
    )
  })
})
