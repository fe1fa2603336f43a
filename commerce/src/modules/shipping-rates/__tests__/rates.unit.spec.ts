import { MedusaError } from "@medusajs/framework/utils"
import { parcelWeights, quote, RateError, zoneOf } from "../rates"
import RateTableFulfillmentProvider from "../service"
import { parseRateTables, DEFAULT_RATE_TABLES as T } from "../tables"

const id = (postal_code: string) => ({ country_code: "id", postal_code })
const batik = { quantity: 1, weight_g: 300, length_cm: 30, width_cm: 25, height_cm: 2 }
// a rattan terrace chair, packed: light for its size
const chair = { quantity: 1, weight_g: 7_000, length_cm: 60, width_cm: 60, height_cm: 80 }

describe("shipping rates by chargeable weight", () => {
  it("puts an address in its zone: Cirebon, Java, outside Java by postal code; abroad by country", () => {
    expect(zoneOf(id("45611"), T)).toBe("cirebon") // Sumber, Kabupaten Cirebon
    expect(zoneOf(id("45121"), T)).toBe("cirebon") // Kota Cirebon
    expect(zoneOf(id("10110"), T)).toBe("java") // Jakarta
    expect(zoneOf(id("40115"), T)).toBe("java") // Bandung
    expect(zoneOf(id("60111"), T)).toBe("java") // Surabaya
    expect(zoneOf(id("20111"), T)).toBe("outside_java") // Medan
    expect(zoneOf(id("80361"), T)).toBe("outside_java") // Bali
    expect(zoneOf({ country_code: "SG" }, T)).toBe("singapore")
    expect(zoneOf({ country_code: "my" }, T)).toBe("malaysia")
    expect(zoneOf({ country_code: "ae" }, T)).toBe("middle_east")
    expect(zoneOf({ country_code: "sa" }, T)).toBe("middle_east")
    expect(zoneOf({ country_code: "nl" }, T)).toBe("rest_of_world")
    expect(() => zoneOf(id("4561"), T)).toThrow(/five-digit postal code/)
    expect(() => zoneOf({}, T)).toThrow(/no country/)
  })

  it("bills the larger of actual and volumetric weight (L x W x H / 6000), per piece and quantity", () => {
    // 300 g; 30 x 25 x 2 cm = 1500 cm3 = 250 g volumetric
    expect(parcelWeights([batik], T)).toEqual({
      actual_g: 300,
      volumetric_g: 250,
      chargeable_g: 300,
      estimated_lines: 0,
    })
    // 7 kg; 60 x 60 x 80 = 288,000 cm3 = 48 kg volumetric
    expect(parcelWeights([chair], T).chargeable_g).toBe(48_000)
    expect(parcelWeights([{ ...chair, quantity: 2 }, batik], T)).toMatchObject({
      actual_g: 14_300,
      volumetric_g: 96_250,
      chargeable_g: 96_250,
    })
    // no size: actual weight only; no weight: the table's default, and said so
    expect(parcelWeights([{ quantity: 3, weight_g: 500 }], T)).toMatchObject({ chargeable_g: 1_500, volumetric_g: 0 })
    expect(parcelWeights([{ quantity: 2 }], T)).toMatchObject({ actual_g: 2_000, estimated_lines: 1 })
    expect(() => parcelWeights([{ quantity: 0, weight_g: 100 }], T)).toThrow(RateError)
    expect(() => parcelWeights([{ quantity: 1.5, weight_g: 100 }], T)).toThrow(/whole pieces/)
    expect(() => parcelWeights([{ quantity: 1, weight_g: -5 }], T)).toThrow(/negative/)
  })

  it("prices domestic parcels in whole rupiah: first kilogram, then each kilogram begun", () => {
    expect(quote(T, "domestic-regular", id("45611"), [batik], "idr")).toMatchObject({
      zone: "cirebon",
      steps: 1,
      billed_g: 1_000,
      amount: 9_000,
    })
    // 1.3 kg to Bandung: 2 steps = 18,000 + 12,000
    expect(quote(T, "domestic-regular", id("40115"), [{ quantity: 1, weight_g: 1_300 }], "IDR").amount).toBe(30_000)
    // the chair to Jakarta is billed 48 kg: 18,000 + 47 x 12,000
    const chairToJakarta = quote(T, "domestic-regular", id("10110"), [chair], "idr")
    expect(chairToJakarta).toMatchObject({ chargeable_g: 48_000, steps: 48, amount: 582_000 })
    expect(Number.isInteger(chairToJakarta.amount)).toBe(true)
    // land cargo bills at least 10 kg: a 1 kg parcel in Cirebon is 40,000 + 9 x 2,500; the 48 kg chair is billed 48
    expect(quote(T, "domestic-cargo", id("45611"), [batik], "idr")).toMatchObject({ steps: 10, amount: 62_500 })
    expect(quote(T, "domestic-cargo", id("10110"), [chair], "idr").amount).toBe(80_000 + 47 * 4_500)
    // express to Medan, 2 kg: 85,000 + 70,000
    expect(quote(T, "domestic-express", id("20111"), [{ quantity: 2, weight_g: 1_000 }], "idr").amount).toBe(155_000)
  })

  it("prices export parcels in the cart's currency in half-kilogram steps, cents exact", () => {
    expect(quote(T, "international-ems", { country_code: "sg" }, [batik], "usd")).toMatchObject({
      zone: "singapore",
      steps: 1,
      amount: 20,
    })
    // 1.2 kg to Kuala Lumpur: 3 steps of 0.5 kg = 86 + 2 x 17 MYR
    expect(
      quote(T, "international-ems", { country_code: "my" }, [{ quantity: 1, weight_g: 1_200 }], "myr").amount,
    ).toBe(120)
    // SGD with decimals: 26 + 2 x 5.20 = 36.40 (not 36.400000000000006)
    expect(
      quote(T, "international-ems", { country_code: "sg" }, [{ quantity: 1, weight_g: 1_500 }], "sgd").amount,
    ).toBe(36.4)
    // a box of batik to Dubai by economy parcel, volumetric: 40 x 30 x 20 = 24,000 cm3 = 4 kg against 2.5 kg
    const box = { quantity: 1, weight_g: 2_500, length_cm: 40, width_cm: 30, height_cm: 20 }
    expect(quote(T, "international-economy", { country_code: "ae" }, [box], "usd")).toMatchObject({
      zone: "middle_east",
      chargeable_g: 4_000,
      steps: 8,
      amount: 22 + 7 * 5.5,
    })
  })

  it("sends furniture abroad as air cargo, billed at least 10 kg, by its size", () => {
    // the 48 kg (volumetric) chair to Rotterdam: 100 + 47 x 10 USD
    expect(quote(T, "international-cargo", { country_code: "nl" }, [chair], "usd")).toMatchObject({
      zone: "rest_of_world",
      steps: 48,
      amount: 570,
    })
    // a 2 kg parcel by cargo is billed 10 kg: 52 + 9 x 5.90 SGD
    expect(
      quote(T, "international-cargo", { country_code: "sg" }, [{ quantity: 1, weight_g: 2_000 }], "sgd").amount,
    ).toBe(105.1)
  })

  it("says why a parcel cannot be priced", () => {
    expect(() => quote(T, "international-ems", { country_code: "us" }, [chair], "usd")).toThrow(/freight quote/)
    expect(() => quote(T, "domestic-regular", { country_code: "sg" }, [batik], "sgd")).toThrow(/does not ship/)
    expect(() => quote(T, "domestic-regular", id("45611"), [batik], "usd")).toThrow(/no USD rate/)
    expect(() => quote(T, "overnight", id("45611"), [batik], "idr")).toThrow(/no shipping service "overnight"/)
  })

  it("refuses a rate table with negative rates, fractions of rupiah, or a service listed twice", () => {
    const service = T.services[0]!
    const withZone = (zone: object) => ({ ...T, services: [{ ...service, zones: { cirebon: zone } }] })
    expect(() => parseRateTables(withZone({ first: { idr: -1 }, next: { idr: 1 } }))).toThrow(/never negative/)
    expect(() => parseRateTables(withZone({ first: { idr: 9_000.5 }, next: { idr: 1 } }))).toThrow(/no fractions/)
    expect(() => parseRateTables(withZone({ first: { usd: 1.005 }, next: { usd: 1 } }))).toThrow(/two decimals/)
    expect(() => parseRateTables({ ...T, services: [service, service] })).toThrow(/listed twice/)
    expect(() => parseRateTables({ ...T, volumetric_divisor: 0 })).toThrow(/volumetric_divisor/)
  })
})

describe("the rate-table fulfillment provider", () => {
  const provider = new RateTableFulfillmentProvider({})
  const context = (over: object) =>
    ({
      id: "cart_1",
      currency_code: "idr",
      shipping_address: { country_code: "id", postal_code: "45611" },
      items: [{ quantity: 2, variant: { weight: 300, length: 30, width: 25, height: 2 } }],
      ...over,
    }) as never

  it("offers one option per service and calculates the cart's price", async () => {
    const options = await provider.getFulfillmentOptions()
    expect(options.map((o) => o.id)).toEqual([
      "domestic-regular",
      "domestic-express",
      "domestic-cargo",
      "international-ems",
      "international-economy",
      "international-cargo",
    ])
    expect(await provider.canCalculate({ data: { service: "domestic-regular" } } as never)).toBe(true)
    expect(await provider.validateOption({ service: "by-pigeon" })).toBe(false)
    expect(await provider.calculatePrice({ service: "domestic-regular" }, {}, context({}))).toEqual({
      calculated_amount: 9_000,
      is_calculated_price_tax_inclusive: true,
    })
    expect(
      await provider.calculatePrice(
        { service: "international-ems" },
        {},
        context({ currency_code: "sgd", shipping_address: { country_code: "sg" } }),
      ),
    ).toEqual({ calculated_amount: 31.2, is_calculated_price_tax_inclusive: false })
  })

  it("answers a parcel it cannot price as invalid data (a 400 with the reason), not a crash", async () => {
    await expect(
      provider.calculatePrice(
        { service: "domestic-regular" },
        {},
        context({ shipping_address: { country_code: "id" } }),
      ),
    ).rejects.toMatchObject({ type: MedusaError.Types.INVALID_DATA, message: expect.stringMatching(/postal code/) })
  })
})
