import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { storeHeaders } from "./admin"

/** What the checkout steps answer (the integration runner's HTTP client). */
type StoreAnswer = {
  status: number
  data: { cart: { id: string }; shipping_options: { id: string }[]; payment_collection: { id: string } }
}
type Client = {
  get: (url: string, config?: object) => Promise<StoreAnswer>
  post: (url: string, body?: unknown, config?: object) => Promise<StoreAnswer>
}

/** Enough stock of a variant for any test (the demo catalog keeps a few pieces). */
export async function stockUp(container: MedusaContainer, variantId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["inventory_items.inventory_item_id"],
    filters: { id: variantId },
  })
  const item = (data[0] as { inventory_items: { inventory_item_id: string }[] }).inventory_items[0]!.inventory_item_id
  const inventory = container.resolve(Modules.INVENTORY)
  const [level] = await inventory.listInventoryLevels({ inventory_item_id: item })
  await inventory.updateInventoryLevels([
    { inventory_item_id: item, location_id: level!.location_id, stocked_quantity: 1_000 },
  ])
  return { inventory_item_id: item, location_id: level!.location_id }
}

/**
 * A guest's cart up to the last step, as the storefront makes it: the lines, an address in Sumber
 * (Kabupaten Cirebon), the first shipping option, a bank-transfer session. Answers the cart's id.
 */
export async function readyCart(
  api: Client,
  publishableKey: string,
  regionId: string,
  email: string,
  items: { variant_id: string; quantity: number }[],
): Promise<string> {
  const store = { headers: storeHeaders(publishableKey) }
  const { data } = await api.post("/store/carts", { region_id: regionId, email, items }, store)
  const cartId = data.cart.id as string
  const address = {
    first_name: "Pembeli",
    last_name: "Tamu",
    address_1: "Jl. Siliwangi 1",
    city: "Sumber",
    postal_code: "45611",
    country_code: "id",
    phone: "+6281200000000",
  }
  await api.post(`/store/carts/${cartId}`, { shipping_address: address, billing_address: address }, store)
  const options = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
  // the first service that carries this parcel (a large piece goes by cargo)
  let shipped = false
  for (const option of options.data.shipping_options) {
    const res = await api.post(
      `/store/carts/${cartId}/shipping-methods`,
      { option_id: option.id },
      { ...store, validateStatus: () => true },
    )
    if (res.status === 200) {
      shipped = true
      break
    }
  }
  if (!shipped) throw new Error(`no shipping option carries cart ${cartId}`)
  const pc = await api.post("/store/payment-collections", { cart_id: cartId }, store)
  await api.post(
    `/store/payment-collections/${pc.data.payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    store,
  )
  return cartId
}
