import { describe, expect, it } from "vitest"
import { preferredLocale } from "./accept-language"

describe("a phone's language", () => {
  it("is Indonesian for Indonesian phones, English for English and other phones", () => {
    expect(preferredLocale("id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7")).toBe("id")
    expect(preferredLocale("in-ID")).toBe("id")
    expect(preferredLocale("en-GB,en;q=0.9")).toBe("en")
    expect(preferredLocale("ms-MY,ms;q=0.9")).toBe("en")
    expect(preferredLocale("ar-SA,ar;q=0.9,id;q=0.5")).toBe("id")
    expect(preferredLocale("en;q=0.4,id;q=0.8")).toBe("id")
  })
  it("is Indonesian when the phone says nothing, and ignores what it refuses", () => {
    expect(preferredLocale(null)).toBe("id")
    expect(preferredLocale("")).toBe("id")
    expect(preferredLocale("id;q=0, en")).toBe("en")
  })
})
