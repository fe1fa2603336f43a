import { loadCatalog } from "@galeri/content"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { type SeedResult, seedGallery } from "../../src/lib/seed"
import { CHECKOUT_MARK } from "../../src/workflows/hooks/checkout-recovery"
import { storeHeaders } from "../helpers/admin"
import { readyCart as readyCartFor, stockUp } from "../helpers/checkout"

jest.setTimeout(240_000)

type ListedVariant = { id: string; title: string; manage_inventory: boolean }
type ListedProduct = { id: string; variants: ListedVariant[] }

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
      const product = (listed.data.products as ListedProduct[]).find((p) => p.variants.some((v) => v.manage_inventory))!
      const v = product.variants.find((x) => x.manage_inventory)!
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
        inventory_item_id: (variants[0] as { inventory_items: { inventory_item_id: string }[] }).inventory_items[0]!
          .inventory_item_id,
      }
      await stockUp(getContainer(), variant.id)
    })

    const readyCart = (email: string) =>
      readyCartFor(api, seeded.setup.publishable_key, regionId, email, [{ variant_id: variant.id, quantity: 1 }])

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

    /** A demo product buyers can see (approved, of an active MSME), by handle prefix; with a packed size if asked. */
    const visible = (prefix: string, packed = false) => {
      const catalog = loadCatalog()
      const active = new Set(catalog.msmes.filter((m) => m.status === "active").map((m) => m.handle))
      return catalog.products.find(
        (p) =>
          p.handle.startsWith(prefix) &&
          p.curation === "approved" &&
          active.has(p.msme) &&
          (!packed || Boolean((p.export as { packed?: unknown } | undefined)?.packed)),
      )!
    }

    /** A cart of `items` (handle and quantity) in a region, at an address; the shipping options with their prices. */
    async function pricedOptions(
      region: string,
      address: { country_code: string; postal_code?: string; city: string },
      items: { handle: string; quantity: number }[],
    ) {
      const store = { headers: storeHeaders(seeded.setup.publishable_key), validateStatus: () => true }
      const regionId = seeded.setup.region_ids[region]!
      const lines = []
      for (const item of items) {
        const { data } = await api.get(
          `/store/products?handle=${item.handle}&fields=id,*variants&region_id=${regionId}`,
          store,
        )
        const variantId = data.products[0].variants[0].id as string
        await stockUp(getContainer(), variantId)
        lines.push({ variant_id: variantId, quantity: item.quantity })
      }
      const { data } = await api.post(
        "/store/carts",
        { region_id: regionId, email: "rates@checkout.test", items: lines },
        store,
      )
      const cartId = data.cart.id as string
      const full = { first_name: "A", last_name: "B", address_1: "Jl. 1", ...address }
      await api.post(`/store/carts/${cartId}`, { shipping_address: full }, store)
      const options = (await api.get(`/store/shipping-options?cart_id=${cartId}`, store)).data.shipping_options as {
        id: string
        name: string
        price_type: string
      }[]
      const priced: Record<string, { status: number; amount?: number; message?: string }> = {}
      for (const o of options) {
        const res = await api.post(`/store/shipping-options/${o.id}/calculate`, { cart_id: cartId }, store)
        priced[o.name.split(" / ")[1]!] = {
          status: res.status,
          amount: res.data.shipping_option?.amount,
          message: res.data.message,
        }
      }
      return { cartId, priced, options }
    }

    it("prices each cart by chargeable weight from the rate tables, at home and abroad, in the cart's currency", async () => {
      // batik cloth packed 35 x 25 x 5 cm, 0.5 kg (volumetric 730 g); a rattan chair packed 75 x 70 x 85 cm, 9 kg (volumetric 74,375 g)
      const batik = visible("kain-batik-tulis-mega-mendung", true)
      const chair = visible("kursi-rotan-teras", true)
      expect((batik.export as { packed: object }).packed).toEqual({
        length_cm: 35,
        width_cm: 25,
        height_cm: 5,
        weight_kg: 0.5,
      })
      expect((chair.export as { packed: object }).packed).toEqual({
        length_cm: 75,
        width_cm: 70,
        height_cm: 85,
        weight_kg: 9,
      })
      // each variant carries the packed weight and size (what Medusa gives the provider)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: products } = await query.graph({
        entity: "product",
        fields: ["variants.weight", "variants.length", "variants.width", "variants.height"],
        filters: { handle: chair.handle },
      })
      expect((products[0] as { variants: object[] }).variants[0]).toMatchObject({
        weight: 9_000,
        length: 75,
        width: 70,
        height: 85,
      })

      // two cloths to Sumber (Cirebon zone): 1,460 g chargeable (their size), 2 kg begun
      const home = await pricedOptions("Indonesia", { country_code: "id", postal_code: "45611", city: "Sumber" }, [
        { handle: batik.handle, quantity: 2 },
      ])
      expect(home.priced["Regular (2-5 days)"]).toMatchObject({ status: 200, amount: 9_000 + 4_000 })
      expect(home.priced["Express (1-2 days)"]).toMatchObject({ status: 200, amount: 15_000 + 8_000 })
      // cargo bills at least 10 kg
      expect(home.priced["Land cargo (4-10 days, min. 10 kg)"]).toMatchObject({
        status: 200,
        amount: 40_000 + 9 * 2_500,
      })
      expect(Object.keys(home.priced)).toHaveLength(3) // no international service for an Indonesian address

      // the chair to Jakarta is billed by its size, 75 kg: too big for a parcel, priced as land cargo
      const jakarta = await pricedOptions("Indonesia", { country_code: "id", postal_code: "10110", city: "Jakarta" }, [
        { handle: chair.handle, quantity: 1 },
      ])
      expect(jakarta.priced["Regular (2-5 days)"]).toMatchObject({
        status: 400,
        message: expect.stringMatching(/74\.4 kg/),
      })
      expect(jakarta.priced["Land cargo (4-10 days, min. 10 kg)"]).toMatchObject({
        status: 200,
        amount: 80_000 + 74 * 4_500,
      })

      // a cloth to Singapore in SGD: 730 g is two half-kilogram steps
      const sg = await pricedOptions("Singapore", { country_code: "sg", postal_code: "079903", city: "Singapore" }, [
        { handle: batik.handle, quantity: 1 },
      ])
      expect(sg.priced["International EMS (5-10 days)"]).toMatchObject({ status: 200, amount: 31.2 })
      expect(sg.priced["International economy parcel (14-30 days)"]).toMatchObject({ status: 200, amount: 19.2 })
      // air cargo bills at least 10 kg: 52 + 9 x 5.90 SGD
      expect(sg.priced["Air cargo (7-14 days, min. 10 kg)"]).toMatchObject({ status: 200, amount: 105.1 })
      expect(Object.keys(sg.priced)).toHaveLength(3)
      // the chair abroad is too big for a parcel (the buyer is told to ask for a quote), and goes by air cargo
      const chairAbroad = await pricedOptions(
        "Singapore",
        { country_code: "sg", postal_code: "079903", city: "Singapore" },
        [{ handle: chair.handle, quantity: 1 }],
      )
      expect(chairAbroad.priced["International EMS (5-10 days)"]).toMatchObject({
        status: 400,
        message: expect.stringMatching(/freight quote/),
      })
      // 75 kg: 52 + 74 x 5.90 SGD
      expect(chairAbroad.priced["Air cargo (7-14 days, min. 10 kg)"]).toMatchObject({ status: 200, amount: 488.6 })

      // the chosen option's price is what the cart is charged
      const store = { headers: storeHeaders(seeded.setup.publishable_key) }
      const ems = sg.options.find((o) => o.name.includes("International EMS"))!
      const { data } = await api.post(`/store/carts/${sg.cartId}/shipping-methods`, { option_id: ems.id }, store)
      expect(data.cart.shipping_total).toBeCloseTo(31.2, 2)
    })

    it("says why a parcel cannot be priced: a 400 with the reason, the cart unharmed", async () => {
      const noPostal = await pricedOptions("Indonesia", { country_code: "id", city: "Sumber" }, [
        { handle: visible("kain-batik-tulis-mega-mendung", true).handle, quantity: 1 },
      ])
      expect(noPostal.priced["Regular (2-5 days)"]).toMatchObject({
        status: 400,
        message: expect.stringMatching(/postal code/),
      })
    })
  },
})
