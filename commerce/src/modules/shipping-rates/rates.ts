import type { RateCurrency, RateTables, Service, Zone } from "./tables"

/** One line of a parcel: how many, and each piece's packed weight (grams) and size (cm), where known. */
export type ParcelItem = {
  quantity: number
  weight_g?: number | null
  length_cm?: number | null
  width_cm?: number | null
  height_cm?: number | null
}

export type Address = { country_code?: string | null; postal_code?: string | null; province?: string | null }

export type Weights = {
  /** what the parcel weighs (grams) */
  actual_g: number
  /** what its size weighs at the courier's divisor (grams) */
  volumetric_g: number
  /** the larger of the two: what is billed before rounding to the courier's step */
  chargeable_g: number
  /** lines whose weight was never entered, counted at the table's default */
  estimated_lines: number
}

export type Quote = Weights & {
  service: string
  zone: Zone
  currency: RateCurrency
  /** the chargeable weight rounded up to the service's steps */
  steps: number
  billed_g: number
  /** in the currency's main unit: whole rupiah, or dollars/ringgit with two decimals */
  amount: number
}

/** Why a parcel cannot be priced, in words a buyer or staff member can act on. */
export class RateError extends Error {
  constructor(
    message: string,
    readonly code: "no_zone" | "not_served" | "too_heavy" | "no_currency" | "bad_item",
  ) {
    super(message)
  }
}

const positive = (n: number | null | undefined): n is number => typeof n === "number" && Number.isFinite(n) && n > 0

/**
 * Actual, volumetric and chargeable weight of a parcel. Volumetric: L x W x H (cm) / divisor, in kg,
 * per piece; only pieces whose three sides are known have one. Integer grams throughout (rounded
 * up), so the same parcel always prices the same.
 */
export function parcelWeights(items: ParcelItem[], tables: RateTables): Weights {
  let actual = 0
  let volumetric = 0
  let estimated = 0
  for (const item of items) {
    if (!Number.isInteger(item.quantity) || item.quantity < 1)
      throw new RateError(`a parcel line has quantity ${item.quantity}: whole pieces, at least one`, "bad_item")
    for (const side of [item.weight_g, item.length_cm, item.width_cm, item.height_cm])
      if (side !== null && side !== undefined && (!Number.isFinite(side) || side < 0))
        throw new RateError(`a parcel line has a negative or unreadable weight or size (${side})`, "bad_item")
    const weight = positive(item.weight_g) ? item.weight_g : tables.default_item_grams
    if (!positive(item.weight_g)) estimated++
    actual += Math.ceil(weight) * item.quantity
    if (positive(item.length_cm) && positive(item.width_cm) && positive(item.height_cm)) {
      const grams = Math.ceil(((item.length_cm * item.width_cm * item.height_cm) / tables.volumetric_divisor) * 1000)
      volumetric += grams * item.quantity
    }
  }
  return {
    actual_g: actual,
    volumetric_g: volumetric,
    chargeable_g: Math.max(actual, volumetric),
    estimated_lines: estimated,
  }
}

/** The rate zone of a shipping address: Cirebon, Java or outside Java at home (by postal code), or a zone abroad. */
export function zoneOf(address: Address, tables: RateTables): Zone {
  const country = (address.country_code ?? "").trim().toLowerCase()
  if (!/^[a-z]{2}$/.test(country)) throw new RateError("the shipping address has no country yet", "no_zone")
  if (country === "sg") return "singapore"
  if (country === "my") return "malaysia"
  if (tables.middle_east.includes(country)) return "middle_east"
  if (country !== "id") return "rest_of_world"
  const postal = (address.postal_code ?? "").replace(/\s/g, "")
  if (!/^\d{5}$/.test(postal))
    throw new RateError(
      "an Indonesian address needs its five-digit postal code (kode pos) to price shipping",
      "no_zone",
    )
  if (tables.cirebon_postal_prefixes.some((p) => postal.startsWith(p))) return "cirebon"
  if (tables.java_postal_prefixes.some((p) => postal.startsWith(p))) return "java"
  return "outside_java"
}

export function serviceOf(tables: RateTables, code: string): Service {
  const service = tables.services.find((s) => s.code === code)
  if (!service) throw new RateError(`there is no shipping service "${code}" in the rate table`, "not_served")
  return service
}

/**
 * The price of a parcel by one service to one address, in the cart's currency: the first step's
 * rate plus the next-step rate for every further step of the chargeable weight. Rupiah are whole;
 * other currencies keep two decimals (computed in cents, so no float drift).
 */
export function quote(
  tables: RateTables,
  serviceCode: string,
  address: Address,
  items: ParcelItem[],
  currencyCode: string,
): Quote {
  const service = serviceOf(tables, serviceCode)
  const zone = zoneOf(address, tables)
  const rate = service.zones[zone]
  if (!rate)
    throw new RateError(`${service.name.en} does not ship to this address (${zone.replace("_", " ")})`, "not_served")
  const currency = currencyCode.toLowerCase() as RateCurrency
  const first = rate.first[currency]
  const next = rate.next[currency]
  if (first === undefined || next === undefined)
    throw new RateError(`${service.name.en} has no ${currencyCode.toUpperCase()} rate for this zone`, "no_currency")
  const weights = parcelWeights(items, tables)
  if (weights.chargeable_g > service.max_grams)
    throw new RateError(
      `the parcel's chargeable weight (${(weights.chargeable_g / 1000).toFixed(1)} kg) is over what ${service.name.en} takes (${service.max_grams / 1000} kg); ask the gallery for a freight quote`,
      "too_heavy",
    )
  const steps = Math.max(1, Math.ceil(Math.max(weights.chargeable_g, service.min_grams) / service.step_grams))
  const unit = currency === "idr" ? 1 : 100
  const minor = Math.round(first * unit) + (steps - 1) * Math.round(next * unit)
  return {
    ...weights,
    service: service.code,
    zone,
    currency,
    steps,
    billed_g: steps * service.step_grams,
    amount: minor / unit,
  }
}
