import { loadCatalog } from "@galeri/content"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { type SeedResult, seedGallery } from "../../src/lib/seed"
import { LEDGER_MODULE } from "../../src/modules/ledger"
import type LedgerModuleService from "../../src/modules/ledger/service"
import { monthOf } from "../../src/modules/ledger/terms"
import { createStaff, storeHeaders } from "../helpers/admin"
import { readyCart, stockUp } from "../helpers/checkout"
import { anyStatus, bearer, signUpSeller } from "../helpers/seller"
import { until } from "../helpers/until"

jest.setTimeout(300_000)

type Entry = {
  id: string
  kind: string
  amount: number
  msme_id: string
  reference: string
  line_item_id: string | null
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: SeedResult
    let admin: Record<string, string>
    let curator: Record<string, string>
    const msme = { batik: "", rattan: "" }
    const product = { batik: { variant: "", price: 0 }, chair: { variant: "", price: 0 } }

    beforeAll(async () => {
      const container = getContainer()
      seeded = await seedGallery(container)
      admin = (await createStaff(container, "bendahara@galeri-caruban.test")).headers
      curator = (await createStaff(container, "kurator-ledger@galeri-caruban.test", ["curator"])).headers
      const catalog = loadCatalog()
      const pick = (handle: string) => catalog.products.find((p) => p.handle === handle)!
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      for (const [key, handle] of [
        ["batik", "kain-batik-tulis-mega-mendung-batik-wadas-arum"],
        ["chair", "kursi-rotan-teras-rotan-tegal-asri"],
      ] as const) {
        const { data } = await query.graph({
          entity: "product",
          fields: ["id", "variants.id", "msme.id"],
          filters: { handle },
        })
        const row = data[0] as { variants: { id: string }[]; msme: { id: string } }
        product[key] = { variant: row.variants[0]!.id, price: pick(handle).variants[0]!.prices.idr }
        await stockUp(container, row.variants[0]!.id)
        msme[key === "batik" ? "batik" : "rattan"] = row.msme.id
      }
    })

    const ledger = () => getContainer().resolve(LEDGER_MODULE) as LedgerModuleService
    const entries = async (orderId: string) =>
      (await ledger().listLedgerEntries({ order_id: orderId })) as unknown as Entry[]
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10)

    /** The batik maker agreed to 12.5% from yesterday; the rattan maker's new agreement (20%) starts later. */
    async function agree() {
      for (const [id, percent, starts] of [
        [msme.batik, 12.5, yesterday],
        [msme.rattan, 20, tomorrow],
      ] as const) {
        const res = await api.post(
          "/admin/ledger/agreements",
          {
            msme_id: id,
            commission_percent: percent,
            starts_on: starts,
            bank_name: "BJB",
            bank_account: "0012345678901",
            bank_holder: "Pemilik Usaha",
          },
          { headers: admin, ...anyStatus },
        )
        expect(res.status).toBe(201)
      }
    }

    async function paidOrder(email: string) {
      const cartId = await readyCart(api, seeded.setup.publishable_key, seeded.setup.region_ids.Indonesia!, email, [
        { variant_id: product.batik.variant, quantity: 2 },
        { variant_id: product.chair.variant, quantity: 1 },
      ])
      const done = await api.post(
        `/store/carts/${cartId}/complete`,
        {},
        { headers: storeHeaders(seeded.setup.publishable_key) },
      )
      const orderId = done.data.order.id as string
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "order",
        fields: ["payment_collections.payments.id"],
        filters: { id: orderId },
      })
      const paymentId = (data[0] as { payment_collections: { payments: { id: string }[] }[] }).payment_collections[0]!
        .payments[0]!.id
      // staff confirm the bank transfer arrived: Medusa captures the payment
      const capture = await api.post(`/admin/payments/${paymentId}/capture`, {}, { headers: admin, ...anyStatus })
      expect(capture.status).toBe(200)
      return { orderId, paymentId }
    }

    it("books each paid line's sale and the commission of its MSME's agreement, to the rupiah, once", async () => {
      await agree()
      const { orderId } = await paidOrder("lunas@ledger.test")
      const booked = await until(
        () => entries(orderId),
        (e) => e.length === 4,
      )
      const of = (kind: string, who: string) => booked.filter((e) => e.kind === kind && e.msme_id === who)
      const batikGross = 2 * product.batik.price
      expect(of("sale", msme.batik).map((e) => e.amount)).toEqual([batikGross])
      expect(of("commission", msme.batik).map((e) => e.amount)).toEqual([-Math.round(batikGross * 0.125)])
      // the rattan maker's agreement is not in force yet: the standard 15%
      expect(of("sale", msme.rattan).map((e) => e.amount)).toEqual([product.chair.price])
      expect(of("commission", msme.rattan).map((e) => e.amount)).toEqual([-Math.round(product.chair.price * 0.15)])
      for (const e of booked) expect(Number.isInteger(e.amount)).toBe(true)

      // the same event delivered again books nothing more
      const bus = getContainer().resolve(Modules.EVENT_BUS)
      const [payment] = await getContainer()
        .resolve(Modules.PAYMENT)
        .listPayments({}, { take: 1, order: { created_at: "DESC" } })
      await bus.emit({ name: "payment.captured", data: { id: payment!.id } })
      await new Promise((r) => setTimeout(r, 1_500))
      expect(await entries(orderId)).toHaveLength(4)

      // and nothing edits or deletes an entry, not even the module's own methods
      await expect(ledger().deleteLedgerEntries([booked[0]!.id])).rejects.toThrow(/never changed or deleted/)
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await expect(knex.raw("update ledger_entry set amount = 0 where order_id = ?", [orderId])).rejects.toThrow(
        /never changed or deleted/,
      )
    })

    it("reverses a refund over the order's lines, and every balance is the sum of its entries", async () => {
      await agree()
      const { orderId, paymentId } = await paidOrder("refund@ledger.test")
      await until(
        () => entries(orderId),
        (e) => e.length === 4,
      )
      const refund = await api.post(
        `/admin/payments/${paymentId}/refund`,
        { amount: 100_000 },
        { headers: admin, ...anyStatus },
      )
      expect(refund.status).toBe(200)
      const all = await until(
        () => entries(orderId),
        (e) => e.length === 8,
      )
      const refunds = all.filter((e) => e.kind === "refund")
      expect(refunds.reduce((s, e) => s + e.amount, 0)).toBe(-100_000)
      // split by what each line was worth: the two cloths and the chair
      const batikGross = 2 * product.batik.price
      const total = batikGross + product.chair.price
      const batikShare = refunds.find((e) => e.msme_id === msme.batik)!.amount
      expect(Math.abs(batikShare + (100_000 * batikGross) / total)).toBeLessThanOrEqual(1)
      const returned = all.filter((e) => e.kind === "commission_refund")
      expect(returned.find((e) => e.msme_id === msme.batik)!.amount).toBe(Math.round(-batikShare * 0.125))
      // a second refund event for the same refund books nothing
      await getContainer()
        .resolve(Modules.EVENT_BUS)
        .emit({ name: "payment.refunded", data: { id: paymentId } })
      await new Promise((r) => setTimeout(r, 1_500))
      expect(await entries(orderId)).toHaveLength(8)

      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const sums = (await knex.raw("select msme_id, sum(amount)::bigint as s from ledger_entry group by msme_id"))
        .rows as {
        msme_id: string
        s: string
      }[]
      const balances = await ledger().balances(null)
      expect(balances.map((b) => [b.msme_id, b.balance]).sort()).toEqual(
        sums.map((r) => [r.msme_id, Number(r.s)]).sort(),
      )
    })

    it("gives a monthly statement that carries the balance, as JSON and CSV, to staff and to its own MSME only", async () => {
      await agree()
      const { orderId } = await paidOrder("statement@ledger.test")
      await until(
        () => entries(orderId),
        (e) => e.length === 4,
      )
      const month = monthOf(new Date())
      const res = await api.get(`/admin/ledger/statements/${msme.batik}/${month}`, { headers: admin })
      const s = res.data.statement
      expect(s.opening_balance).toBe(0)
      const [balance] = await ledger().balances([msme.batik])
      expect(s.closing_balance).toBe(balance!.balance)
      expect(s.sales + s.commission + s.refunds + s.payouts + s.adjustments).toBe(s.closing_balance)
      const csv = await api.get(`/admin/ledger/statements/${msme.batik}/${month}?format=csv`, { headers: admin })
      expect(csv.headers["content-type"]).toMatch(/text\/csv/)
      expect(csv.data).toContain("Saldo akhir / Closing balance (IDR)")
      expect(csv.data).toContain(String(s.closing_balance))
      const next = await api.get(`/admin/ledger/statements/${msme.batik}/2099-01`, { headers: admin })
      expect(next.data.statement).toMatchObject({ opening_balance: s.closing_balance, lines: [] })
      const bad = await api.get(`/admin/ledger/statements/${msme.batik}/2026-13`, { headers: admin, ...anyStatus })
      expect(bad.status).toBe(400)

      // another MSME's seller sees its own (empty) account, never the batik maker's lines
      const other = await signUpSeller(api as never, "lain@ledger.test", "Usaha Lain")
      const own = await api.get("/seller/me/ledger", bearer(other.token))
      expect(own.status).toBe(200)
      expect(own.data.balance).toMatchObject({ balance: 0, due: 0 })
      const theirs = await api.get(`/seller/me/ledger/statements/${month}`, bearer(other.token))
      expect(theirs.data.statement).toMatchObject({ msme_id: other.msme.id, lines: [], closing_balance: 0 })
      expect((await api.get("/seller/me/ledger", anyStatus)).status).toBe(401)
      // staff roles: the ledger is for administrators
      expect((await api.get("/admin/ledger/balances", { headers: curator, ...anyStatus })).status).toBe(403)
    })

    it("pays the MSMEs due in a batch: the transfer list, each marked paid once, the balance booked down", async () => {
      await agree()
      const { orderId } = await paidOrder("payout@ledger.test")
      await until(
        () => entries(orderId),
        (e) => e.length === 4,
      )
      const balances = await api.get("/admin/ledger/balances", { headers: admin })
      const row = balances.data.balances.find((b: { msme_id: string }) => b.msme_id === msme.batik)
      expect(row.bank_account).toBe("•••• 8901")
      expect(row.due).toBeGreaterThan(0)
      // the rattan maker's only agreement is not in force: no bank account to pay to
      const refused = await api.post(
        "/admin/ledger/payout-batches",
        { msme_ids: [msme.rattan] },
        { headers: admin, ...anyStatus },
      )
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/No bank account/)
      const made = await api.post("/admin/ledger/payout-batches", { msme_ids: [msme.batik] }, { headers: admin })
      const batch = await api.get(`/admin/ledger/payout-batches/${made.data.batch.id}`, { headers: admin })
      const [payout] = batch.data.batch.payouts
      expect(payout).toMatchObject({
        msme_id: msme.batik,
        amount: row.due,
        bank_account: "0012345678901",
        status: "pending",
      })
      const list = await api.get(`/admin/ledger/payout-batches/${made.data.batch.id}?format=csv`, { headers: admin })
      expect(list.data).toContain(`BJB,0012345678901,Pemilik Usaha,${row.due}`)
      // nothing is due twice while the payout waits
      const again = await api.post(
        "/admin/ledger/payout-batches",
        { msme_ids: [msme.batik] },
        { headers: admin, ...anyStatus },
      )
      expect(again.status).toBe(400)

      const paid = await api.post(
        `/admin/ledger/payouts/${payout.id}/paid`,
        { transfer_reference: "BJB-TRF-20261203-0001" },
        { headers: admin },
      )
      expect(paid.status).toBe(200)
      const twice = await api.post(
        `/admin/ledger/payouts/${payout.id}/paid`,
        { transfer_reference: "BJB-TRF-20261203-0002" },
        { headers: admin, ...anyStatus },
      )
      expect(twice.status).toBe(409)
      const [after] = await ledger().balances([msme.batik])
      expect(after).toMatchObject({ balance: 0, due: 0, pending_payouts: 0 })
      const bad = await api.post(
        `/admin/ledger/payouts/${payout.id}/paid`,
        { transfer_reference: "x" },
        { headers: admin, ...anyStatus },
      )
      expect(bad.status).toBe(400)
    })
  },
})
