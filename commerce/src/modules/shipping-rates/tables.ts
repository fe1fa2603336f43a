import { z } from "@medusajs/framework/zod"

/**
 * The gallery's shipping rates as data: zones, services and a price per zone for the first weight
 * step and each step after it, in each currency a region of the store charges. Couriers bill the
 * chargeable weight (the larger of the actual and the volumetric weight, L x W x H / divisor)
 * rounded up to their step: 1 kg at home, 0.5 kg abroad. Kept here as the complete default (no
 * courier API is reachable from the gallery's servers); an operator can replace the whole table
 * with a JSON file of the same shape (the provider's `tablesFile` option), checked by this schema.
 */

export const DOMESTIC_ZONES = ["cirebon", "java", "outside_java"] as const
export const INTERNATIONAL_ZONES = ["singapore", "malaysia", "middle_east", "rest_of_world"] as const
export const ZONES = [...DOMESTIC_ZONES, ...INTERNATIONAL_ZONES] as const
export type Zone = (typeof ZONES)[number]

export const RATE_CURRENCIES = ["idr", "usd", "sgd", "myr"] as const
export type RateCurrency = (typeof RATE_CURRENCIES)[number]

/** A price in one currency: whole rupiah for IDR, at most two decimals for the others; never negative. */
const amount = (currency: RateCurrency) =>
  currency === "idr"
    ? z.number().int("rupiah have no fractions").min(0, "a rate is never negative")
    : z
        .number()
        .min(0, "a rate is never negative")
        .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, "at most two decimals")

const prices = z
  .object(
    Object.fromEntries(RATE_CURRENCIES.map((c) => [c, amount(c).optional()])) as Record<
      RateCurrency,
      z.ZodOptional<z.ZodNumber>
    >,
  )
  .strict()
  .refine((p) => Object.values(p).some((v) => v !== undefined), "a rate names at least one currency")

const ZoneRate = z.object({ first: prices, next: prices }).strict()

export const ServiceSchema = z
  .object({
    code: z.string().regex(/^[a-z0-9-]{3,40}$/, "service codes are 3-40 lowercase letters, digits and dashes"),
    name: z.object({ id: z.string().min(3).max(80), en: z.string().min(3).max(80) }).strict(),
    /** delivery time as buyers are told it, e.g. "2-5" (days) */
    days: z.string().regex(/^\d{1,2}(-\d{1,2})?$/, 'days are "N" or "N-M"'),
    /** the courier's weight step in grams: 1000 (domestic) or 500 (international) */
    step_grams: z.number().int().min(100).max(10_000),
    /** the least weight billed (cargo bills at least 10 kg), in grams */
    min_grams: z.number().int().min(0).max(100_000).default(0),
    /** the heaviest parcel the service takes, in grams */
    max_grams: z.number().int().min(1_000).max(1_000_000),
    zones: z.partialRecord(z.enum(ZONES), ZoneRate),
  })
  .strict()
  .refine((s) => Object.keys(s.zones).length > 0, "a service serves at least one zone")

export const RateTablesSchema = z
  .object({
    /** the volumetric divisor: cm3 per kg (6000 for most couriers and for air freight) */
    volumetric_divisor: z.number().int().min(1_000).max(10_000),
    /** the weight used for a product whose weight was never entered (grams) */
    default_item_grams: z.number().int().min(1).max(100_000),
    /** postal code prefixes of Kota and Kabupaten Cirebon (the gallery's own zone) */
    cirebon_postal_prefixes: z.array(z.string().regex(/^\d{2,5}$/)).min(1),
    /** first digits of Java's postal codes (Jakarta, Banten, West, Central and East Java, Yogyakarta) */
    java_postal_prefixes: z.array(z.string().regex(/^\d{1,5}$/)).min(1),
    /** ISO country codes (lowercase) of the Middle East zone */
    middle_east: z.array(z.string().regex(/^[a-z]{2}$/)).min(1),
    services: z.array(ServiceSchema).min(1),
  })
  .strict()
  .superRefine((t, ctx) => {
    const codes = t.services.map((s) => s.code)
    const twice = codes.find((c, i) => codes.indexOf(c) !== i)
    if (twice) ctx.addIssue({ code: "custom", path: ["services"], message: `service ${twice} is listed twice` })
  })
export type RateTables = z.infer<typeof RateTablesSchema>
export type Service = z.infer<typeof ServiceSchema>

/** The table as a person can act on its problems: each with where it is. */
export function parseRateTables(input: unknown, source = "the rate table"): RateTables {
  const parsed = RateTablesSchema.safeParse(input)
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "(top)"}: ${i.message}`)
  throw new Error(`${source} has ${problems.length} problem(s): ${problems.join("; ")}`)
}

const idr = (first: number, next: number) => ({ first: { idr: first }, next: { idr: next } })

/**
 * The default table (2026 list prices of the regular and express services of Indonesia's large
 * couriers from Cirebon, and of Pos Indonesia's EMS and economy parcel abroad, rounded).
 */
export const DEFAULT_RATE_TABLES: RateTables = parseRateTables(
  {
    volumetric_divisor: 6000,
    default_item_grams: 1000,
    // Kota Cirebon 451xx; Kabupaten Cirebon 451xx and 456xx
    cirebon_postal_prefixes: ["451", "456"],
    // 1xxxx Jakarta and Banten, 4xxxx West Java and Banten, 5xxxx Central Java and Yogyakarta, 6xxxx East Java
    java_postal_prefixes: ["1", "4", "5", "6"],
    middle_east: ["ae", "sa", "qa", "om", "kw", "bh", "jo", "eg"],
    services: [
      {
        code: "domestic-regular",
        name: { id: "Reguler (2-5 hari)", en: "Regular (2-5 days)" },
        days: "2-5",
        step_grams: 1000,
        max_grams: 50_000,
        zones: { cirebon: idr(9_000, 4_000), java: idr(18_000, 12_000), outside_java: idr(45_000, 38_000) },
      },
      {
        code: "domestic-express",
        name: { id: "Kilat (1-2 hari)", en: "Express (1-2 days)" },
        days: "1-2",
        step_grams: 1000,
        max_grams: 30_000,
        zones: { cirebon: idr(15_000, 8_000), java: idr(32_000, 24_000), outside_java: idr(85_000, 70_000) },
      },
      {
        code: "domestic-cargo",
        name: { id: "Kargo darat (4-10 hari, min. 10 kg)", en: "Land cargo (4-10 days, min. 10 kg)" },
        days: "4-10",
        step_grams: 1000,
        min_grams: 10_000,
        max_grams: 500_000,
        zones: { cirebon: idr(40_000, 2_500), java: idr(80_000, 4_500), outside_java: idr(180_000, 11_000) },
      },
      {
        code: "international-ems",
        name: { id: "EMS internasional (5-10 hari)", en: "International EMS (5-10 days)" },
        days: "5-10",
        step_grams: 500,
        max_grams: 30_000,
        zones: {
          singapore: {
            first: { idr: 310_000, usd: 20, sgd: 26, myr: 90 },
            next: { idr: 62_000, usd: 4, sgd: 5.2, myr: 18 },
          },
          malaysia: {
            first: { idr: 295_000, usd: 19, sgd: 25, myr: 86 },
            next: { idr: 58_000, usd: 3.75, sgd: 4.9, myr: 17 },
          },
          middle_east: {
            first: { idr: 560_000, usd: 36, sgd: 47, myr: 162 },
            next: { idr: 140_000, usd: 9, sgd: 11.8, myr: 40.5 },
          },
          rest_of_world: {
            first: { idr: 650_000, usd: 42, sgd: 55, myr: 189 },
            next: { idr: 170_000, usd: 11, sgd: 14.4, myr: 49.5 },
          },
        },
      },
      {
        code: "international-economy",
        name: { id: "Paket ekonomi internasional (14-30 hari)", en: "International economy parcel (14-30 days)" },
        days: "14-30",
        step_grams: 500,
        max_grams: 30_000,
        zones: {
          singapore: {
            first: { idr: 190_000, usd: 12.5, sgd: 16, myr: 55 },
            next: { idr: 38_000, usd: 2.5, sgd: 3.2, myr: 11 },
          },
          malaysia: {
            first: { idr: 180_000, usd: 11.5, sgd: 15, myr: 52 },
            next: { idr: 36_000, usd: 2.3, sgd: 3, myr: 10.5 },
          },
          middle_east: {
            first: { idr: 340_000, usd: 22, sgd: 29, myr: 99 },
            next: { idr: 85_000, usd: 5.5, sgd: 7.2, myr: 24.5 },
          },
          rest_of_world: {
            first: { idr: 400_000, usd: 26, sgd: 34, myr: 117 },
            next: { idr: 105_000, usd: 6.8, sgd: 8.9, myr: 30.5 },
          },
        },
      },
      {
        // furniture and bulk by air, door to door through the gallery's forwarder
        code: "international-cargo",
        name: { id: "Kargo udara (7-14 hari, min. 10 kg)", en: "Air cargo (7-14 days, min. 10 kg)" },
        days: "7-14",
        step_grams: 1000,
        min_grams: 10_000,
        max_grams: 300_000,
        zones: {
          singapore: {
            first: { idr: 620_000, usd: 40, sgd: 52, myr: 180 },
            next: { idr: 70_000, usd: 4.5, sgd: 5.9, myr: 20 },
          },
          malaysia: {
            first: { idr: 590_000, usd: 38, sgd: 50, myr: 171 },
            next: { idr: 66_000, usd: 4.25, sgd: 5.6, myr: 19 },
          },
          middle_east: {
            first: { idr: 1_250_000, usd: 80, sgd: 105, myr: 360 },
            next: { idr: 125_000, usd: 8, sgd: 10.5, myr: 36 },
          },
          rest_of_world: {
            first: { idr: 1_550_000, usd: 100, sgd: 131, myr: 450 },
            next: { idr: 155_000, usd: 10, sgd: 13.1, myr: 45 },
          },
        },
      },
    ],
  },
  "the default rate table",
)
