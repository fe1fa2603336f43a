import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  deleteApiKeysWorkflow,
  deleteShippingOptionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  revokeApiKeysWorkflow,
  updateStoresWorkflow,
  updateTaxRegionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { DEFAULT_RATE_TABLES, DOMESTIC_ZONES } from "../../modules/shipping-rates/tables"
import { STOCK_LOCATION_NAME } from "../gallery-location"
import { LOCALES } from "../locales"

export { STOCK_LOCATION_NAME }

/** The gallery's store setup, as code. Every part is looked up first, so running it again changes nothing. */

export const SALES_CHANNEL_NAME = "Galeri Caruban Online"
export const PUBLISHABLE_KEY_TITLE = "Galeri Caruban storefront"
/** The key Medusa makes at its first start, linked to its "Default Sales Channel" (not the gallery's). */
const MEDUSA_DEFAULT_KEY_TITLE = "Default Publishable API Key"
/** The gallery's rate-table fulfillment provider (modules/shipping-rates, id "galeri" in medusa-config). */
export const RATE_PROVIDER_ID = "rate-table_galeri"
/** The flat options of the first setups, replaced by the calculated ones. */
const FLAT_OPTION_NAMES = ["Pengiriman Domestik (reguler, 2-5 hari)", "International Shipping (EMS, 5-14 days)"]

const INTERNATIONAL_COUNTRIES = [
  "ae",
  "sa",
  "qa",
  "om",
  "kw",
  "bh",
  "bn",
  "th",
  "ph",
  "vn",
  "hk",
  "jp",
  "kr",
  "cn",
  "tw",
  "au",
  "nz",
  "us",
  "ca",
  "gb",
  "nl",
  "de",
  "fr",
]

export const REGIONS = [
  { name: "Indonesia", currency_code: "idr", countries: ["id"], is_tax_inclusive: true },
  { name: "Singapore", currency_code: "sgd", countries: ["sg"], is_tax_inclusive: false },
  { name: "Malaysia", currency_code: "myr", countries: ["my"], is_tax_inclusive: false },
  { name: "International", currency_code: "usd", countries: INTERNATIONAL_COUNTRIES, is_tax_inclusive: false },
] as const

export type StoreSetup = {
  sales_channel_id: string
  publishable_key: string
  stock_location_id: string
  shipping_profile_id: string
  region_ids: Record<string, string>
}

export async function setupStore(container: MedusaContainer, paymentProviders: string[]): Promise<StoreSetup> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)

  // Sales channel
  const salesChannelService = container.resolve(Modules.SALES_CHANNEL)
  let [channel] = await salesChannelService.listSalesChannels({ name: SALES_CHANNEL_NAME })
  if (!channel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: {
        salesChannelsData: [
          { name: SALES_CHANNEL_NAME, description: "Online catalog and shop of the Galeri Caruban showcase" },
        ],
      },
    })
    channel = result[0]!
  }

  // Locales: the Translation Module fills its list at start-up; make sure ours are there even when it has not run yet
  const translationService = container.resolve(Modules.TRANSLATION)
  const knownLocales = await translationService.listLocales({ code: [LOCALES.id, LOCALES.en] })
  const missingLocales = [
    { code: LOCALES.id, name: "Indonesian (Indonesia)" },
    { code: LOCALES.en, name: "English (United States)" },
  ].filter((l) => !knownLocales.some((k) => k.code === l.code))
  if (missingLocales.length) await translationService.createLocales(missingLocales)

  // Store: currencies (IDR default, tax-inclusive), locales (Indonesian default, English)
  const storeService = container.resolve(Modules.STORE)
  const [store] = await storeService.listStores({}, { relations: ["supported_currencies", "supported_locales"] })
  if (!store) throw new Error("Medusa has no store record: run the database migrations first (./gallery start does)")
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Galeri Caruban",
        supported_currencies: [
          { currency_code: "idr", is_default: true, is_tax_inclusive: true },
          { currency_code: "usd" },
          { currency_code: "sgd" },
          { currency_code: "myr" },
        ],
        supported_locales: [{ locale_code: LOCALES.id }, { locale_code: LOCALES.en }],
        default_sales_channel_id: channel.id,
      },
    },
  })

  // Publishable key linked to the sales channel
  const apiKeyService = container.resolve(Modules.API_KEY)
  let [key] = await apiKeyService.listApiKeys({ title: PUBLISHABLE_KEY_TITLE, type: "publishable" })
  if (!key) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "" }] },
    })
    key = result[0]!
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channel.id] } })
  }
  // Medusa's own "Default Publishable API Key" (listed first in Admin) sees no gallery product: whoever
  // copied it would get an empty store, so it goes; the gallery's key is the one to use
  const stale = await apiKeyService.listApiKeys({ title: MEDUSA_DEFAULT_KEY_TITLE, type: "publishable" })
  if (stale.length) {
    const ids = stale.map((k) => k.id)
    const live = stale.filter((k) => !k.revoked_at).map((k) => k.id)
    if (live.length) {
      await revokeApiKeysWorkflow(container).run({
        input: { selector: { id: live }, revoke: { revoked_by: "galeri-store-setup" } },
      })
    }
    await deleteApiKeysWorkflow(container).run({ input: { ids } })
  }

  // Regions
  const regionService = container.resolve(Modules.REGION)
  const existingRegions = await regionService.listRegions({ name: { $in: REGIONS.map((r) => r.name) } })
  const missing = REGIONS.filter((r) => !existingRegions.some((e) => e.name === r.name))
  if (missing.length) {
    await createRegionsWorkflow(container).run({
      input: {
        regions: missing.map((r) => ({
          name: r.name,
          currency_code: r.currency_code,
          countries: [...r.countries],
          is_tax_inclusive: r.is_tax_inclusive,
          automatic_taxes: true,
          payment_providers: paymentProviders,
        })),
      },
    })
  }
  const regions = await regionService.listRegions({ name: { $in: REGIONS.map((r) => r.name) } })
  const region_ids = Object.fromEntries(regions.map((r) => [r.name, r.id]))

  // Taxes: PPN for Indonesia (11% effective); exports are zero-rated. Medusa's system tax provider computes them.
  const taxService = container.resolve(Modules.TAX)
  const taxRegions = await taxService.listTaxRegions({ country_code: ["id", "sg", "my"] })
  const wantedTax = [
    { country_code: "id", provider_id: "tp_system", default_tax_rate: { rate: 11, code: "PPN", name: "PPN 11%" } },
    {
      country_code: "sg",
      provider_id: "tp_system",
      default_tax_rate: { rate: 0, code: "EXPORT", name: "Export, zero-rated" },
    },
    {
      country_code: "my",
      provider_id: "tp_system",
      default_tax_rate: { rate: 0, code: "EXPORT", name: "Export, zero-rated" },
    },
  ].filter((t) => !taxRegions.some((r) => r.country_code === t.country_code))
  if (wantedTax.length) await createTaxRegionsWorkflow(container).run({ input: wantedTax })
  const withoutProvider = taxRegions.filter((r) => !r.provider_id)
  if (withoutProvider.length) {
    await updateTaxRegionsWorkflow(container).run({
      input: withoutProvider.map((r) => ({ id: r.id, provider_id: "tp_system" })),
    })
  }

  // Stock location of the gallery, linked to the channel and the manual fulfillment provider
  const stockService = container.resolve(Modules.STOCK_LOCATION)
  let [location] = await stockService.listStockLocations({ name: STOCK_LOCATION_NAME })
  if (!location) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          {
            name: STOCK_LOCATION_NAME,
            address: {
              address_1: "Jl. Sunan Drajat, Kompleks Perkantoran Pemkab Cirebon",
              city: "Sumber, Kabupaten Cirebon",
              province: "Jawa Barat",
              postal_code: "45611",
              country_code: "id",
            },
          },
        ],
      },
    })
    location = result[0]!
    await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [channel.id] } })
  }
  // the location ships with Medusa's manual provider and the gallery's rate tables
  const { data: withProviders } = await query.graph({
    entity: "stock_location",
    fields: ["id", "fulfillment_providers.id"],
    filters: { id: location.id },
  })
  const linked = new Set(
    ((withProviders[0] as { fulfillment_providers?: { id: string }[] })?.fulfillment_providers ?? []).map((p) => p.id),
  )
  for (const provider of ["manual_manual", RATE_PROVIDER_ID].filter((p) => !linked.has(p))) {
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: provider },
    })
  }

  // Shipping profile, fulfillment set with domestic and international zones, shipping options
  const fulfillmentService = container.resolve(Modules.FULFILLMENT)
  let [profile] = await fulfillmentService.listShippingProfiles({ type: "default" })
  if (!profile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
    })
    profile = result[0]!
  }

  const { data: locations } = await query.graph({
    entity: "stock_location",
    fields: ["id", "fulfillment_sets.id", "fulfillment_sets.service_zones.id", "fulfillment_sets.service_zones.name"],
    filters: { id: location.id },
  })
  let zones = (
    (locations[0] as { fulfillment_sets?: { service_zones: { id: string; name: string }[] }[] })?.fulfillment_sets ?? []
  ).flatMap((set) => set.service_zones)
  if (!zones.length) {
    const set = await fulfillmentService.createFulfillmentSets({
      name: "Pengiriman Galeri Caruban",
      type: "shipping",
      service_zones: [
        { name: "Indonesia", geo_zones: [{ type: "country", country_code: "id" }] },
        {
          name: "International",
          geo_zones: ["sg", "my", ...INTERNATIONAL_COUNTRIES].map((country_code) => ({
            type: "country" as const,
            country_code,
          })),
        },
      ],
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_set_id: set.id },
    })
    zones = set.service_zones.map((z) => ({ id: z.id, name: z.name }))
  }

  // Shipping options: one per service of the rate tables, priced for each cart by chargeable weight
  const options = await fulfillmentService.listShippingOptions({})
  const flat = options.filter((o) => FLAT_OPTION_NAMES.includes(o.name))
  if (flat.length) await deleteShippingOptionsWorkflow(container).run({ input: { ids: flat.map((o) => o.id) } })
  const zoneId = (name: string) => zones.find((z) => z.name === name)!.id
  const wantedOptions = DEFAULT_RATE_TABLES.services
    .map((service) => ({
      name: `${service.name.id} / ${service.name.en}`,
      code: service.code,
      // a service serves either Indonesia or abroad
      service_zone_id: zoneId(
        Object.keys(service.zones).some((z) => (DOMESTIC_ZONES as readonly string[]).includes(z))
          ? "Indonesia"
          : "International",
      ),
    }))
    .filter((o) => !options.some((e) => e.name === o.name))
  if (wantedOptions.length) {
    await createShippingOptionsWorkflow(container).run({
      input: wantedOptions.map((o) => ({
        name: o.name,
        price_type: "calculated" as const,
        provider_id: RATE_PROVIDER_ID,
        service_zone_id: o.service_zone_id,
        shipping_profile_id: profile.id,
        data: { id: o.code, service: o.code },
        type: { label: o.name, description: o.name, code: o.code },
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
          { attribute: "is_return", value: "false", operator: "eq" as const },
        ],
      })),
    })
  }

  return {
    sales_channel_id: channel.id,
    publishable_key: key.token,
    stock_location_id: location.id,
    shipping_profile_id: profile.id,
    region_ids,
  }
}
