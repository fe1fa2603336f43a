import { describe, expect, it } from "vitest"
import { openingHoursSpecification, openingRows, PLACE, PlaceSchema } from "./place"

describe("the showroom's place and hours", () => {
  it("reads content/visit/place.json and names the days in each language", () => {
    expect(PLACE.locality).toBe("Sumber")
    expect(openingRows(PLACE, "id")[0]).toEqual({ days: "Senin–Jumat", hours: "08.00–16.00" })
    expect(openingRows(PLACE, "en")[0]).toEqual({ days: "Monday–Friday", hours: "08:00–16:00" })
    expect(openingRows(PLACE, "en")[1]).toEqual({ days: "Saturday", hours: "09:00–14:00" })
    expect(openingHoursSpecification(PLACE)[1]).toMatchObject({
      dayOfWeek: ["https://schema.org/Saturday"],
      opens: "09:00",
    })
  })

  it("refuses hours that are not a clock time and days that are not days", () => {
    const bad = { ...PLACE, hours: [{ days: ["Xx"], opens: "8am", closes: "16:00" }] }
    const result = PlaceSchema.safeParse(bad)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(
      expect.arrayContaining(["hours.0.days.0", "hours.0.opens"]),
    )
  })
})
