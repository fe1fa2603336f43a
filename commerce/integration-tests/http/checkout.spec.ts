import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { type SeedResult, seedGallery } from "../../src/lib/seed"
import { CHECKOUT_MARK } from "../../src/workflows/hooks/checkout-recovery"
import { storeHeaders } from "../helpers/admin"

jest.setTimeout(240_000)

type Api = {
  get: (url: string, config?: object) => Promise<{ status: number; data: any }>
  post: (url: string, body?: unknown, config?: object) => Promise<{ status: number; data: any }>
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: SeedResult
    let regionId: string
    let variant: { id: string; product_id: string; title: string; inventory_item_id: string }
    beforeAll(async () => {
      seeded = await seedGallery(getContainer())
      const store = { headers: storeHeaders(seeded.setup.publishable_key) }
      const { data } = await api.get("/store/regions", store)
      regionId = data.regions.find((r: { currency_code: string }) => r.currency_code === "idr").id
      // a stocked variant buyers can see
      const listed = await api.get(`/store/products?limit=20&fields=id,*variants&region_id=${regionId}`, store)
      const product = listed.data.products.find((p: any) => p.variants.some((v: any) => v.manage_inventory))
      const v = product.variants.find((x: any) => x.manage_inventory)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: variants } = await query.graph({
        entity: "product_variant",
        fields: ["id", "inventory_items.inventory_item_id"],
        filters: { id: v.id },
      })
      variant = {
        id: v.id,
        product_id: product.id,
        title: v.title,
        inventory_item_id: (variants[0] as any).inventory_items[0].inventory_item_id,
      }
    })

    /** A guest's cart up to the last step (address, shipping, a bank-transfer session), as the storefront makes it. */
    async function readyCart(email: string): Promise<string> {
      const client = api as unknown as Api
      const store = { headers: storeHeaders(seeded.setup.publishable_key) }
      const { data } = await client.post(
        "/store/carts",
        { region_id: regionId, email, items: [{ variant_id: variant.id, quantity: 1 }] },
        store,
      )
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
      await client.post(`/store/carts/${cartId}`, { shipping_address: address, billing_address: address }, store)
      const options = await client.get(`/store/shipping-options?cart_id=${cartId}`, store)
      await client.post(
        `/store/carts/${cartId}/shipping-methods`,
        { option_id: options.data.shipping_options[0].id },
        store,
      )
      const pc = await client.post("/store/payment-collections", { cart_id: cartId }, store)
      await client.post(
        `/store/payment-collections/${pc.data.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        store,
      )
      return cartId
    }

    const liveOrders = async (email: string) =>
      (await getContainer()
        .resolve(Modules.ORDER)
        .listOrders({ email } as never)) as { id: string }[]

    it("marks each cart, and completing it twice gives its one order", async () => {
      const email = "once@checkout.test"
      const cartId = await readyCart(email)
      const cart = await getContainer().resolve(Modules.CART).retrieveCart(cartId)
      expect(cart.metadata?.[CHECKOUT_MARK]).toBe(cartId)
      const store = { headers: storeHeaders(seeded.setup.publishable_key) }
      const first = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(first.data.type).toBe("order")
      const again = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(again.data.order.id).toBe(first.data.order.id)
      expect((await liveOrders(email)).map((o) => o.id)).toEqual([first.data.order.id])
    })

    it("undoes an order an earlier attempt left half-done (the database gone mid-way), so the retry makes the only order", async () => {
      const email = "halfdone@checkout.test"
      const cartId = await readyCart(email)
      const container = getContainer()
      // what an attempt that lost the database after writing the order leaves: the order (with the
      // cart's mark, as Medusa copies a cart's metadata), its stock reserved, no link to the cart
      const inventory = container.resolve(Modules.INVENTORY)
      const [level] = await inventory.listInventoryLevels({ inventory_item_id: variant.inventory_item_id })
      const reservedBefore = Number(level!.reserved_quantity)
      const [orphan] = await container.resolve(Modules.ORDER).createOrders([
        {
          email,
          region_id: regionId,
          currency_code: "idr",
          metadata: { [CHECKOUT_MARK]: cartId },
          items: [{ title: variant.title, quantity: 1, unit_price: 1000, variant_id: variant.id }],
        },
      ])
      const orphanLine = (await container.resolve(Modules.ORDER).retrieveOrder(orphan!.id, { relations: ["items"] }))
        .items![0]!.id
      await inventory.createReservationItems([
        {
          line_item_id: orphanLine,
          inventory_item_id: variant.inventory_item_id,
          location_id: level!.location_id,
          quantity: 1,
        },
      ])
      expect(await liveOrders(email)).toHaveLength(1)

      const done = await api.post(
        `/store/carts/${cartId}/complete`,
        {},
        { headers: storeHeaders(seeded.setup.publishable_key) },
      )
      expect(done.data.type).toBe("order")
      expect(done.data.order.id).not.toBe(orphan!.id)
      // one order for the checkout: the half-done one is gone with its reservation
      expect((await liveOrders(email)).map((o) => o.id)).toEqual([done.data.order.id])
      expect(await inventory.listReservationItems({ line_item_id: orphanLine })).toHaveLength(0)
      const [after] = await inventory.listInventoryLevels({ inventory_item_id: variant.inventory_item_id })
      expect(Number(after!.reserved_quantity)).toBe(reservedBefore + 1)
    })
  },
})
