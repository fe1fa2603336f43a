import { z } from "zod"
import raw from "../../../../content/visit/place.json"
import type { Locale } from "../../i18n/ui"

const DAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"] as const
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "hours are HH:MM, 24-hour")

/** The showroom's place and hours (content/visit/place.json), checked when the storefront starts. */
export const PlaceSchema = z
  .object({
    $comment: z.string().optional(),
    name: z.string().min(1),
    street: z.string().min(1),
    locality: z.string().min(1),
    region: z.string().min(1),
    postal_code: z.string().regex(/^\d{5}$/),
    country: z.string().length(2),
    phone: z.string().regex(/^\+[\d ]{8,20}$/),
    hours: z.array(z.object({ days: z.array(z.enum(DAYS)).min(1), opens: time, closes: time }).strict()).min(1),
    map_url: z.url(),
  })
  .strict()
export type Place = z.infer<typeof PlaceSchema>

export const PLACE: Place = PlaceSchema.parse(raw)

/** Monday 5 Jan 2026 onwards: a week to name the days by, in the page's language. */
const WEEK = new Map(DAYS.map((d, i) => [d, new Date(Date.UTC(2026, 0, 5 + i))]))

/** "Senin–Jumat 08.00–16.00" / "Monday–Friday 08:00–16:00": each row of opening hours, in the page's language. */
export function openingRows(place: Place, locale: Locale): { days: string; hours: string }[] {
  const day = new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", { weekday: "long", timeZone: "UTC" })
  const clock = (t: string) => (locale === "id" ? t.replace(":", ".") : t)
  return place.hours.map((h) => {
    const names = h.days.map((d) => day.format(WEEK.get(d)))
    const consecutive = h.days.every((d, i) => i === 0 || DAYS.indexOf(d) === DAYS.indexOf(h.days[i - 1]!) + 1)
    return {
      days: names.length > 2 && consecutive ? `${names[0]}–${names.at(-1)}` : names.join(", "),
      hours: `${clock(h.opens)}–${clock(h.closes)}`,
    }
  })
}

/** schema.org opening hours of the showroom (its JSON-LD). */
export function openingHoursSpecification(place: Place) {
  const name = {
    Mo: "Monday",
    Tu: "Tuesday",
    We: "Wednesday",
    Th: "Thursday",
    Fr: "Friday",
    Sa: "Saturday",
    Su: "Sunday",
  }
  return place.hours.map((h) => ({
    "@type": "OpeningHoursSpecification",
    dayOfWeek: h.days.map((d) => `https://schema.org/${name[d]}`),
    opens: h.opens,
    closes: h.closes,
  }))
}
