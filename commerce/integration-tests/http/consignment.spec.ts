import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { type SeedResult, seedGallery } from "../../src/lib/seed"
import { STOCK_LOCATION_NAME } from "../../src/lib/seed/store-setup"
import { CONSIGNMENT_MODULE } from "../../src/modules/consignment"
import type ConsignmentModuleService from "../../src/modules/consignment/service"
import { monthOf } from "../../src/modules/ledger/terms"
import { setHoldingWorkflow } from "../../src/workflows/consignment/holding"
import { receiveGoodsWorkflow } from "../../src/workflows/consignment/stock"
import { setProductStockStep } from "../../src/workflows/product/steps/gallery-product"
import { createStaff, storeHeaders } from "../helpers/admin"
import { readyCart } from "../helpers/checkout"
import { anyStatus, bearer, sellerOf } from "../helpers/seller"
import { until } from "../helpers/until"

jest.setTimeout(300_000)

/** A step that fails after the workflow under test has done its work: what a crash in a later step looks like. */
const failNext = createStep("consignment-test-fail-next", async () => {
  throw new Error("a later step failed")
})
const receiveThenFail = createWorkflow(
  "consignment-test-receive-then-fail",
  (input: Parameters<typeof receiveGoodsWorkflow.runAsStep>[0]["input"]) => {
    receiveGoodsWorkflow.runAsStep({ input })
    failNext()
    return new WorkflowResponse(null)
  },
)
const setStockAsSellerSaves = createWorkflow(
  "consignment-test-seller-stock",
  (input: Parameters<typeof setProductStockStep>[0]) => {
    setProductStockStep(input)
    return new WorkflowResponse(null)
  },
)
const moveThenFail = createWorkflow(
  "consignment-test-move-then-fail",
  (input: Parameters<typeof setHoldingWorkflow.runAsStep>[0]["input"]) => {
    setHoldingWorkflow.runAsStep({ input })
    failNext()
    return new WorkflowResponse(null)
  },
)

type Shipment = {
  id: string
  source: string
  msme_id: string | null
  shipped_at: string | null
  courier: string | null
  waybill: string | null
  tracking_url: string | null
  items: { line_item_id: string; quantity: number }[]
}
type Line = {
  id: string
  title: string
  mode: string
  fulfilled: number
  quantity: number
  shelf: string | null
  location_id: string | null
}
type Order = { id: string; display_id: number; lines: Line[]; shipments: Shipment[] }

const BATIK = "kain-batik-tulis-mega-mendung-batik-wadas-arum"
const CHAIR = "kursi-rotan-teras-rotan-tegal-asri"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: SeedResult
    let admin: Record<string, string>
    let keeper: { headers: Record<string, string> }
    let curator: Record<string, string>
    const product = { batik: { id: "", variant: "", msme: "" }, chair: { id: "", variant: "", msme: "" } }
    let gallery = ""

    beforeAll(async () => {
      const container = getContainer()
      seeded = await seedGallery(container)
      admin = (await createStaff(container, "admin-gudang@galeri-caruban.test")).headers
      keeper = { headers: (await createStaff(container, "gudang@galeri-caruban.test", ["stockkeeper"])).headers }
      curator = (await createStaff(container, "kurator-gudang@galeri-caruban.test", ["curator"])).headers
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      for (const [key, handle] of [
        ["batik", BATIK],
        ["chair", CHAIR],
      ] as const) {
        const { data } = await query.graph({
          entity: "product",
          fields: ["id", "variants.id", "msme.id"],
          filters: { handle },
        })
        const row = data[0] as { id: string; variants: { id: string }[]; msme: { id: string } }
        product[key] = { id: row.id, variant: row.variants[0]!.id, msme: row.msme.id }
      }
      const [location] = await container
        .resolve(Modules.STOCK_LOCATION)
        .listStockLocations({ name: STOCK_LOCATION_NAME })
      gallery = location!.id
    })

    const store = () => ({ headers: storeHeaders(seeded.setup.publishable_key) })
    const as = (headers: Record<string, string>) => ({ headers, ...anyStatus })

    /** What the gallery's (or a workshop's) location holds of a variant. */
    async function level(variantId: string, locationId: string) {
      const container = getContainer()
      const { data } = await container
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product_variant", fields: ["inventory_items.inventory_item_id"], filters: { id: variantId } })
      const item = (data[0] as { inventory_items: { inventory_item_id: string }[] }).inventory_items[0]!
        .inventory_item_id
      const [l] = await container
        .resolve(Modules.INVENTORY)
        .listInventoryLevels({ inventory_item_id: item, location_id: locationId })
      return { stocked: Number(l?.stocked_quantity ?? 0), reserved: Number(l?.reserved_quantity ?? 0), item }
    }

    async function setStock(variantId: string, locationId: string, quantity: number) {
      const { item } = await level(variantId, locationId)
      await getContainer()
        .resolve(Modules.INVENTORY)
        .updateInventoryLevels([{ inventory_item_id: item, location_id: locationId, stocked_quantity: quantity }])
    }

    async function workshopOf(msmeId: string) {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "msme", fields: ["stock_location.id", "stock_location.name"], filters: { id: msmeId } })
      return (data[0] as { stock_location?: { id: string; name: string } }).stock_location
    }

    /** A buyer's order of 2 batik cloths (gallery shelf) and 1 rattan chair (its maker's workshop). */
    async function order(email: string, pay = true) {
      await setStock(product.batik.variant, gallery, 50)
      await setStock(product.chair.variant, (await workshopOf(product.chair.msme))!.id, 20)
      const cartId = await readyCart(api, seeded.setup.publishable_key, seeded.setup.region_ids.Indonesia!, email, [
        { variant_id: product.batik.variant, quantity: 2 },
        { variant_id: product.chair.variant, quantity: 1 },
      ])
      const done = await api.post(`/store/carts/${cartId}/complete`, {}, store())
      expect(done.data.type).toBe("order")
      const orderId = done.data.order.id as string
      if (pay) {
        const { data } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: orderId } })
        const paymentId = (data[0] as { payment_collections: { payments: { id: string }[] }[] }).payment_collections[0]!
          .payments[0]!.id
        expect((await api.post(`/admin/payments/${paymentId}/capture`, {}, as(admin))).status).toBe(200)
      }
      return orderId
    }

    it("ships an order both ways: staff pick, pack and ship the gallery's lines, the maker its workshop's, the buyer tracks both, the ledger books it", async () => {
      // the seed holds rattan furniture in its makers' workshops, each a stock location of its own
      const workshop = await workshopOf(product.chair.msme)
      expect(workshop?.name).toMatch(/^Bengkel /)
      const orderId = await order("dua-cara@gudang.test")
      const chairSeller = await sellerOf(api, { headers: admin }, product.chair.msme, "penjual@rotan-tegal.test")
      const batikSeller = await sellerOf(api, { headers: admin }, product.batik.msme, "penjual@wadas-arum.test")

      // the pick list: the batik cloths on their shelf, under their maker; the chair is not the gallery's to pick
      const pick = await api.get("/admin/consignment/pick-list", as(keeper.headers))
      expect(pick.status).toBe(200)
      const lines = (
        pick.data.groups as {
          shelf: string
          msme_id: string
          lines: { order_id: string; title: string; quantity: number }[]
        }[]
      )
        .flatMap((g) => g.lines.map((l) => ({ ...l, shelf: g.shelf, msme_id: g.msme_id })))
        .filter((l) => l.order_id === orderId)
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatchObject({ quantity: 2, msme_id: product.batik.msme })
      expect(lines[0]!.shelf).toMatch(/^[A-Z]-\d{2}$/)

      // the packing slip: address, both lines, who ships which
      const slip = await api.get(`/admin/consignment/orders/${orderId}`, as(keeper.headers))
      const slipOrder = slip.data.order as Order & { address: { city: string } }
      expect(slipOrder.address.city).toBe("Sumber")
      expect(slipOrder.lines.map((l) => l.mode).sort()).toEqual(["gallery", "workshop"])
      expect(slipOrder.lines.find((l) => l.mode === "workshop")!.location_id).toBe(workshop!.id)

      // pack: a Medusa fulfillment from the gallery's location takes the pieces out of its stock
      const before = await level(product.batik.variant, gallery)
      const packed = await api.post(`/admin/consignment/orders/${orderId}/pack`, {}, as(keeper.headers))
      expect(packed.status).toBe(201)
      const parcel = (packed.data.order as Order).shipments.find((s) => s.source === "gallery")!
      expect(parcel.items).toHaveLength(1)
      const after = await level(product.batik.variant, gallery)
      expect(after.stocked).toBe(before.stocked - 2)
      expect(after.reserved).toBe(before.reserved - 2)
      const again = await api.post(`/admin/consignment/orders/${orderId}/pack`, {}, as(keeper.headers))
      expect(again.status).toBe(400)
      expect(again.data.message).toMatch(/packed already/)

      // ship with the courier's waybill; once
      const bad = await api.post(
        `/admin/consignment/orders/${orderId}/shipments/${parcel.id}`,
        { courier: "jne", waybill: "x" },
        as(keeper.headers),
      )
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/waybill/)
      const shipped = await api.post(
        `/admin/consignment/orders/${orderId}/shipments/${parcel.id}`,
        { courier: "jne", waybill: "CRB1234567890" },
        as(keeper.headers),
      )
      expect(shipped.status).toBe(200)
      expect((shipped.data.order as Order).shipments[0]).toMatchObject({ courier: "jne", waybill: "CRB1234567890" })
      const twice = await api.post(
        `/admin/consignment/orders/${orderId}/shipments/${parcel.id}`,
        { courier: "jne", waybill: "CRB1234567890" },
        as(keeper.headers),
      )
      expect(twice.status).toBe(409)
      // the stock keepers cannot pack the maker's workshop lines, and the order leaves the pick list
      const listed = await api.get("/admin/consignment/pick-list", as(keeper.headers))
      expect((listed.data.orders as { id: string }[]).some((o) => o.id === orderId)).toBe(false)

      // the chair's maker sees its line to pack, and where to send it; the batik maker ships nothing here
      const mine = await api.get("/seller/me/orders", bearer(chairSeller))
      const theirOrder = (
        mine.data.orders as {
          id: string
          to_pack: boolean
          ship_to: { city: string } | null
          items: { id: string; mode: string }[]
        }[]
      ).find((o) => o.id === orderId)!
      expect(theirOrder).toMatchObject({ to_pack: true, ship_to: { city: "Sumber" }, payment_status: "captured" })
      expect(theirOrder.items.map((i) => i.mode)).toEqual(["workshop"])
      const batikView = await api.get("/seller/me/orders", bearer(batikSeller))
      const batikOrder = (
        batikView.data.orders as { id: string; to_pack: boolean; ship_to: unknown; items: unknown[] }[]
      ).find((o) => o.id === orderId)!
      expect(batikOrder).toMatchObject({ to_pack: false, ship_to: null })
      expect(batikOrder.items).toHaveLength(1)
      // the batik maker cannot pack the chair
      expect((await api.post(`/seller/me/orders/${orderId}/pack`, {}, bearer(batikSeller))).status).toBe(404)

      const workshopBefore = await level(product.chair.variant, workshop!.id)
      const own = await api.post(`/seller/me/orders/${orderId}/pack`, {}, bearer(chairSeller))
      expect(own.status).toBe(201)
      expect((await level(product.chair.variant, workshop!.id)).stocked).toBe(workshopBefore.stocked - 1)
      const fulfillmentId = own.data.fulfillment.id as string
      // another MSME's seller cannot ship it; the staff's route does not ship workshop parcels either
      expect(
        (
          await api.post(
            `/seller/me/orders/${orderId}/shipments/${fulfillmentId}`,
            { courier: "dhl", waybill: "1234567890" },
            bearer(batikSeller),
          )
        ).status,
      ).toBe(404)
      expect(
        (
          await api.post(
            `/admin/consignment/orders/${orderId}/shipments/${fulfillmentId}`,
            { courier: "dhl", waybill: "1234567890" },
            as(keeper.headers),
          )
        ).status,
      ).toBe(404)
      const sent = await api.post(
        `/seller/me/orders/${orderId}/shipments/${fulfillmentId}`,
        { courier: "dhl", waybill: "1234567890" },
        bearer(chairSeller),
      )
      expect(sent.status).toBe(200)

      // the buyer's order page: two parcels, each with its courier, waybill and tracking link
      const tracking = await api.get(`/store/gallery/orders/${orderId}/shipments`, store())
      expect(tracking.status).toBe(200)
      const parcels = tracking.data.shipments as {
        courier_name: string
        waybill: string
        tracking_url: string
        items: { title: string; quantity: number }[]
      }[]
      expect(parcels.map((p) => p.courier_name).sort()).toEqual(["DHL Express", "JNE"])
      expect(parcels.find((p) => p.courier_name === "DHL Express")!.tracking_url).toContain("tracking-id=1234567890")
      expect(parcels.find((p) => p.courier_name === "JNE")!.items).toEqual([
        { title: expect.stringContaining("Mega Mendung"), quantity: 2 },
      ])
      expect(tracking.data.preparing).toEqual([])
      expect(JSON.stringify(tracking.data)).not.toContain("msme_")

      // Medusa's own order reads the same: both items shipped
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "order",
          fields: ["fulfillments.shipped_at", "fulfillments.location_id"],
          filters: { id: orderId },
        })
      const fulfillments = (data[0] as { fulfillments: { shipped_at: string | null; location_id: string }[] })
        .fulfillments
      expect(fulfillments.map((f) => f.location_id).sort()).toEqual([gallery, workshop!.id].sort())
      expect(fulfillments.every((f) => f.shipped_at)).toBe(true)

      // and the ledger booked both makers' sales; the chair maker's statement shows its line
      const month = monthOf(new Date())
      const statement = await until(
        () =>
          api.get(`/seller/me/ledger/statements/${month}`, bearer(chairSeller)) as Promise<{
            status: number
            data: { statement: { lines: { kind: string }[] } }
          }>,
        (r) => r.status === 200 && r.data.statement.lines.length >= 2,
      )
      const kinds = statement.data.statement.lines.map((l) => l.kind)
      expect(kinds).toEqual(expect.arrayContaining(["sale", "commission"]))
      const pdf = await api.get(`/seller/me/ledger/statements/${month}?format=pdf`, {
        ...bearer(chairSeller),
        responseType: "arraybuffer",
      })
      expect(pdf.status).toBe(200)
      expect(pdf.headers["content-type"]).toBe("application/pdf")
      expect(
        Buffer.from(pdf.data as ArrayBuffer)
          .subarray(0, 5)
          .toString(),
      ).toBe("%PDF-")
    })

    it("packs only paid orders, refuses bad lines and keeps the routes to their roles", async () => {
      const unpaid = await order("belum-bayar@gudang.test", false)
      const refused = await api.post(`/admin/consignment/orders/${unpaid}/pack`, {}, as(keeper.headers))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/not paid yet/)
      const pick = await api.get("/admin/consignment/pick-list", as(keeper.headers))
      expect(pick.data.awaiting_payment).toBeGreaterThanOrEqual(1)
      expect((pick.data.orders as { id: string }[]).some((o) => o.id === unpaid)).toBe(false)

      const paid = await order("lunas@gudang.test")
      const slip = (await api.get(`/admin/consignment/orders/${paid}`, as(keeper.headers))).data.order as Order
      const batikLine = slip.lines.find((l) => l.mode === "gallery")!
      const chairLine = slip.lines.find((l) => l.mode === "workshop")!
      for (const [body, message] of [
        [{ items: [{ id: batikLine.id, quantity: 3 }] }, /Only 2/],
        [{ items: [{ id: chairLine.id, quantity: 1 }] }, /not one the gallery ships/],
        [{ items: [{ id: batikLine.id, quantity: 1.5 }] }, /quantity/],
        [{ items: [{ id: batikLine.id, quantity: -1 }] }, /quantity/],
        [{ items: [] }, /items/],
      ] as const) {
        const res = await api.post(`/admin/consignment/orders/${paid}/pack`, body, as(keeper.headers))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(message)
      }
      // one of the two cloths, then the other: two parcels
      expect(
        (
          await api.post(
            `/admin/consignment/orders/${paid}/pack`,
            { items: [{ id: batikLine.id, quantity: 1 }] },
            as(keeper.headers),
          )
        ).status,
      ).toBe(201)
      const second = await api.post(`/admin/consignment/orders/${paid}/pack`, {}, as(keeper.headers))
      expect((second.data.order as Order).shipments).toHaveLength(2)

      // the matrix: stock keepers (and administrators) only; a stock keeper does not read the ledger
      for (const [method, url] of [
        ["get", "/admin/consignment/pick-list"],
        ["get", `/admin/consignment/orders/${paid}`],
        ["post", `/admin/consignment/orders/${paid}/pack`],
        ["get", "/admin/consignment/low-stock"],
        ["post", "/admin/consignment/goods-received"],
        ["post", "/admin/consignment/stock-counts"],
        ["get", "/admin/consignment/movements"],
        ["post", `/admin/consignment/products/${product.batik.id}`],
      ] as const) {
        const res = method === "get" ? await api.get(url, as(curator)) : await api.post(url, {}, as(curator))
        expect([url, res.status]).toEqual([url, 403])
        const none = method === "get" ? await api.get(url, anyStatus) : await api.post(url, {}, anyStatus)
        expect([url, none.status]).toEqual([url, 401])
      }
      expect((await api.get("/admin/ledger/balances", as(keeper.headers))).status).toBe(403)
      expect((await api.get("/admin/consignment/pick-list", as(admin))).status).toBe(200)
      expect(
        (await api.get(`/store/gallery/orders/order_NOPE000000000/shipments`, { ...store(), ...anyStatus })).status,
      ).toBe(404)
      expect((await api.get("/seller/me/stock", anyStatus)).status).toBe(401)
    })

    it("restocks the gallery: a low-stock notice (in /mitra, by email, with a WhatsApp link), goods received, a count with reasons", async () => {
      const container = getContainer()
      const batikSeller = await sellerOf(api, { headers: admin }, product.batik.msme, "stok@wadas-arum.test")
      // the batik maker asks to hear when 5 or fewer cloths are left
      const holding = await api.post(
        `/admin/consignment/products/${product.batik.id}`,
        { mode: "gallery", shelf: "A-07", low_stock_threshold: 5 },
        as(keeper.headers),
      )
      expect(holding.status).toBe(200)
      expect(holding.data.holding).toMatchObject({ mode: "gallery", shelf: "A-07", low_stock_threshold: 5 })
      expect(
        (
          await api.post(
            `/admin/consignment/products/${product.batik.id}`,
            { mode: "shop", low_stock_threshold: -1 },
            as(keeper.headers),
          )
        ).status,
      ).toBe(400)

      // a count finds 4 where the system holds 50: a reason is required, then the stock is 4
      await setStock(product.batik.variant, gallery, 50)
      const noReason = await api.post(
        "/admin/consignment/stock-counts",
        { lines: [{ variant_id: product.batik.variant, counted: 4 }] },
        as(keeper.headers),
      )
      expect(noReason.status).toBe(400)
      expect(noReason.data.message).toMatch(/counted 4, the system holds 50. Give the reason/)
      expect((await level(product.batik.variant, gallery)).stocked).toBe(50)
      const counted = await api.post(
        "/admin/consignment/stock-counts",
        {
          reference: "OPN-2026-12",
          lines: [{ variant_id: product.batik.variant, counted: 4, reason: "dipajang di etalase depan" }],
        },
        as(keeper.headers),
      )
      expect(counted.status).toBe(201)
      expect((await level(product.batik.variant, gallery)).stocked).toBe(4)

      // 4 <= 5: one open notice, shown to staff with a WhatsApp link and to the maker in /mitra, emailed once
      const low = await api.get("/admin/consignment/low-stock", as(keeper.headers))
      const notice = (
        low.data.notices as { variant_id: string; available: number; whatsapp_url: string | null }[]
      ).filter((n) => n.variant_id === product.batik.variant)
      expect(notice).toHaveLength(1)
      expect(notice[0]!.available).toBe(4)
      expect(notice[0]!.whatsapp_url).toMatch(/^https:\/\/wa\.me\/62\d+\?text=Halo/)
      const seen = await api.get("/seller/me/stock", bearer(batikSeller))
      expect(seen.data.low_stock).toEqual([expect.objectContaining({ available: 4, threshold: 5 })])
      const mails = await until(
        () => container.resolve(Modules.NOTIFICATION).listNotifications({ template: "consignment-low-stock" }),
        (n) => n.length > 0,
      )
      expect(mails.map((m) => m.to)).toContain("stok@wadas-arum.test")
      // a second count at the same level opens nothing new
      await api.post(
        "/admin/consignment/stock-counts",
        { lines: [{ variant_id: product.batik.variant, counted: 4 }] },
        as(keeper.headers),
      )
      expect(
        (
          (await api.get("/admin/consignment/low-stock", as(keeper.headers))).data.notices as { variant_id: string }[]
        ).filter((n) => n.variant_id === product.batik.variant),
      ).toHaveLength(1)

      // goods received: validated, then +10 in the gallery's stock, and the notice is resolved
      for (const [body, message] of [
        [
          {
            msme_id: product.batik.msme,
            reference: "SJ-1",
            lines: [{ variant_id: product.batik.variant, quantity: 0 }],
          },
          /quantity/,
        ],
        [
          {
            msme_id: product.batik.msme,
            reference: "SJ-1",
            lines: [{ variant_id: product.batik.variant, quantity: 2.5 }],
          },
          /quantity/,
        ],
        [
          {
            msme_id: product.chair.msme,
            reference: "SJ-1",
            lines: [{ variant_id: product.batik.variant, quantity: 2 }],
          },
          /not one of this MSME's products/,
        ],
        [
          {
            msme_id: product.chair.msme,
            reference: "SJ-1",
            lines: [{ variant_id: product.chair.variant, quantity: 2 }],
          },
          /workshop/,
        ],
        [
          { msme_id: product.batik.msme, reference: "", lines: [{ variant_id: product.batik.variant, quantity: 2 }] },
          /reference/,
        ],
      ] as const) {
        const res = await api.post("/admin/consignment/goods-received", body, as(keeper.headers))
        expect([res.status, res.data.message]).toEqual([400, expect.stringMatching(message)])
      }
      expect((await level(product.batik.variant, gallery)).stocked).toBe(4)
      const received = await api.post(
        "/admin/consignment/goods-received",
        {
          msme_id: product.batik.msme,
          reference: "SJ-2026-0042",
          lines: [{ variant_id: product.batik.variant, quantity: 10 }],
        },
        as(keeper.headers),
      )
      expect(received.status).toBe(201)
      expect((await level(product.batik.variant, gallery)).stocked).toBe(14)
      expect(
        (
          (await api.get("/admin/consignment/low-stock", as(keeper.headers))).data.notices as { variant_id: string }[]
        ).filter((n) => n.variant_id === product.batik.variant),
      ).toHaveLength(0)

      // the history: the delivery and the counts, newest first, paged in the database
      const history = await api.get(
        `/admin/consignment/movements?msme_id=${product.batik.msme}&limit=2`,
        as(keeper.headers),
      )
      expect(history.data.count).toBe(3)
      expect(
        (history.data.movements as { kind: string; quantity: number; reference: string }[]).map((m) => [
          m.kind,
          m.quantity,
        ]),
      ).toEqual([
        ["received", 10],
        ["count", 0],
      ])
      const counts = await api.get(`/admin/consignment/movements?kind=count&offset=1`, as(keeper.headers))
      expect(counts.data.movements).toEqual([
        expect.objectContaining({
          quantity: -46,
          expected: 50,
          counted: 4,
          reason: "dipajang di etalase depan",
          reference: "OPN-2026-12",
        }),
      ])
      // a seller's save of the live product does not overwrite the gallery's count; a draft's stock is the seller's
      const save = (keep: boolean) =>
        setStockAsSellerSaves(container).run({
          input: {
            location_id: gallery,
            items: [{ product_id: product.batik.id, stock: { Standar: 99 } }],
            keep_existing: keep,
          },
        })
      await save(true)
      expect((await level(product.batik.variant, gallery)).stocked).toBe(14)
      await save(false)
      expect((await level(product.batik.variant, gallery)).stocked).toBe(99)
      await setStock(product.batik.variant, gallery, 14)
      const makerHistory = await api.get("/seller/me/stock", bearer(batikSeller))
      expect((makerHistory.data.movements as { kind: string }[])[0]).toMatchObject({
        kind: "received",
        reference: "SJ-2026-0042",
      })
      expect(makerHistory.data.low_stock).toEqual([])
    })

    it("undoes a delivery and a move to the workshop when a later step fails", async () => {
      const container = getContainer()
      const consignment = container.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService
      await setStock(product.batik.variant, gallery, 12)
      const movementsBefore = (await consignment.listStockMovements({ msme_id: product.batik.msme })).length
      const failed = (run: { errors: { error: { message: string } }[] }) => run.errors.map((e) => e.error.message)
      const received = await receiveThenFail(container).run({
        throwOnError: false,
        input: {
          msme_id: product.batik.msme,
          reference: "SJ-GAGAL",
          lines: [{ variant_id: product.batik.variant, quantity: 5 }],
          actor_id: "test",
        },
      })
      expect(failed(received)).toEqual(["a later step failed"])
      expect((await level(product.batik.variant, gallery)).stocked).toBe(12)
      expect(await consignment.listStockMovements({ msme_id: product.batik.msme })).toHaveLength(movementsBefore)

      const moved = await moveThenFail(container).run({
        throwOnError: false,
        input: { product_id: product.batik.id, mode: "workshop", shelf: "Z-99" },
      })
      expect(failed(moved)).toEqual(["a later step failed"])
      // no workshop made, the pieces still on the gallery's shelf, the holding as it was
      expect(await workshopOf(product.batik.msme)).toBeFalsy()
      expect((await level(product.batik.variant, gallery)).stocked).toBe(12)
      const holding = (await consignment.holdings([product.batik.id])).get(product.batik.id)!
      expect(holding.mode).toBe("gallery")
      expect(holding.shelf).not.toBe("Z-99")
    })

    it("moves a product to its maker's workshop with its free stock, and back", async () => {
      await setStock(product.batik.variant, gallery, 30)
      const moved = await api.post(
        `/admin/consignment/products/${product.batik.id}`,
        { mode: "workshop" },
        as(keeper.headers),
      )
      expect(moved.status).toBe(200)
      const workshop = await workshopOf(product.batik.msme)
      expect(workshop).toBeTruthy()
      expect((await level(product.batik.variant, gallery)).stocked).toBe(0)
      expect((await level(product.batik.variant, workshop!.id)).stocked).toBe(30)
      const back = await api.post(
        `/admin/consignment/products/${product.batik.id}`,
        { mode: "gallery" },
        as(keeper.headers),
      )
      expect(back.status).toBe(200)
      expect((await level(product.batik.variant, gallery)).stocked).toBe(30)
      expect((await level(product.batik.variant, workshop!.id)).stocked).toBe(0)
    })
  },
})
