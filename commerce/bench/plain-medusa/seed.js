// The plain Medusa's store, as the gallery's checkout needs it: the Indonesian region (IDR, PPN 11%,
// manual payment), a sales channel with a publishable key, a stock location with domestic shipping,
// and one product of one variant with stock for every buyer of the bench. Writes the key and the
// variant to PLAIN_SEED_OUTPUT.
const { writeFileSync } = require("node:fs")
const { Modules } = require("@medusajs/framework/utils")
const {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} = require("@medusajs/medusa/core-flows")

exports.default = async function seed({ container }) {
  const link = container.resolve("link")
  const {
    result: [channel],
  } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [{ name: "Bench" }] } })
  const {
    result: [key],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Bench", type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channel.id] } })
  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "Indonesia",
          currency_code: "idr",
          countries: ["id"],
          payment_providers: ["pp_system_default"],
          is_tax_inclusive: true,
        },
      ],
    },
  })
  await createTaxRegionsWorkflow(container).run({
    input: [
      { country_code: "id", provider_id: "tp_system", default_tax_rate: { rate: 11, code: "PPN", name: "PPN 11%" } },
    ],
  })
  const {
    result: [location],
  } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: "Bench", address: { address_1: "Sumber", country_code: "id" } }] },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [channel.id] } })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  let [profile] = await fulfillment.listShippingProfiles({ type: "default" })
  if (!profile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
    })
    profile = result[0]
  }
  const set = await fulfillment.createFulfillmentSets({
    name: "Bench",
    type: "shipping",
    service_zones: [{ name: "Indonesia", geo_zones: [{ type: "country", country_code: "id" }] }],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: set.id },
  })
  await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Domestic",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: set.service_zones[0].id,
        shipping_profile_id: profile.id,
        type: { label: "Domestic", description: "Domestic", code: "domestic" },
        prices: [{ currency_code: "idr", amount: 25000 }],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
  const {
    result: [product],
  } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Kursi Rotan",
          handle: "kursi-rotan",
          status: "published",
          shipping_profile_id: profile.id,
          sales_channels: [{ id: channel.id }],
          options: [{ title: "Ukuran", values: ["Standar"] }],
          variants: [
            {
              title: "Standar",
              sku: "BENCH-1",
              manage_inventory: true,
              options: { Ukuran: "Standar" },
              prices: [{ currency_code: "idr", amount: 850000 }],
            },
          ],
        },
      ],
    },
  })
  const query = container.resolve("query")
  const {
    data: [variant],
  } = await query.graph({
    entity: "variant",
    fields: ["id", "inventory_items.inventory_item_id"],
    filters: { id: product.variants[0].id },
  })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: [
        {
          inventory_item_id: variant.inventory_items[0].inventory_item_id,
          location_id: location.id,
          stocked_quantity: 1000000,
        },
      ],
    },
  })
  writeFileSync(
    process.env.PLAIN_SEED_OUTPUT,
    JSON.stringify({ publishable_key: key.token, region_id: region.id, variant_id: variant.id }),
  )
}
