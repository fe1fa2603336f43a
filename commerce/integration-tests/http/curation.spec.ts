import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { type SeedResult, seedGallery } from "../../src/lib/seed"
import type MsmeModuleService from "../../src/modules/msme/service"
import { reviewProductWorkflow } from "../../src/workflows/curation/review-product"
import { checkPermitExpiry, checkPermitExpiryWorkflow } from "../../src/workflows/msme/permit-expiry"
import { decidePermitWorkflow } from "../../src/workflows/msme/verify-permit"
import { createStaff, storeHeaders } from "../helpers/admin"
import { type Api, anyStatus, bearer, signUpSeller } from "../helpers/seller"
import { until } from "../helpers/until"

jest.setTimeout(300_000)

// A step that fails after the decision was written: the `curationDecided` / `permitDecided` hooks throw
// for these ids, so the tests can show that everything before them is undone.
const failing = new Set<string>()
reviewProductWorkflow.hooks.curationDecided(async ({ product_id }) => {
  if (failing.has(product_id)) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "the review could not be finished")
})
decidePermitWorkflow.hooks.permitDecided(async ({ permit_id }) => {
  if (failing.has(permit_id)) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "the decision could not be finished")
})

checkPermitExpiryWorkflow.hooks.permitsExpired(async () => {
  if (failing.has("expiry")) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "the check could not be finished")
})

const scores = (n: number) => ({ permits: n, quality: n, packaging: n, capacity: n, market: n, content: n })

type QueueItem = { product_id: string; handle: string; curation: { since: string; status: string } }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: SeedResult
    beforeAll(async () => {
      seeded = await seedGallery(getContainer())
    })
    const store = () => ({ headers: storeHeaders(seeded.setup.publishable_key), ...anyStatus })
    const productId = async (handle: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["id", "status"], filters: { handle } })
      return data[0] as { id: string; status: string }
    }
    const curationOf = async (id: string) =>
      (await api.get(`/admin/curation/${id}`, { headers: (await staffHeaders()).headers })).data.curation as {
        status: string
        grade: string | null
        history: { to: string; by: string; grade?: string; scores?: Record<string, number>; notes: string | null }[]
      }
    // the database is restored to the seeded state before each test: each test makes its own staff
    let staff: Awaited<ReturnType<typeof createStaff>> | undefined
    beforeEach(() => {
      staff = undefined
    })
    const staffHeaders = async () => {
      staff ??= await createStaff(getContainer(), "kepala-kurator@galeri-caruban.test")
      return staff
    }

    it("queues submitted products oldest first with filters, and records each review with its rubric, grade, who and when", async () => {
      const { headers, user } = await staffHeaders()
      const asStaff = { headers, ...anyStatus }
      const queue = await api.get("/admin/curation", asStaff)
      expect(queue.status).toBe(200)
      const items = queue.data.items as QueueItem[]
      expect(items.length).toBe(23)
      expect(items.every((i) => i.curation.status === "submitted")).toBe(true)
      const since = items.map((i) => i.curation.since)
      expect([...since].sort()).toEqual(since)
      const handles = async (q: string) =>
        ((await api.get(`/admin/curation?${q}`, asStaff)).data.items as QueueItem[]).map((i) => i.handle)
      expect(await handles("category=wood-carving")).toEqual(["patung-singa-barong-ukir-singa-barong"])
      expect(await handles("kecamatan=Plumbon")).toEqual(["kursi-makan-rotan-rotan-giri-mandala"])
      expect(await handles("msme=bordir-astana-indah")).toHaveLength(5)
      expect((await api.get("/admin/curation?status=nonsense", asStaff)).status).toBe(400)
      // paged in the database, in the same order; the filters' choices come with the page
      const first = await api.get("/admin/curation?limit=5", asStaff)
      expect(first.data.count).toBe(23)
      expect((first.data.items as QueueItem[]).map((i) => i.handle)).toEqual(items.slice(0, 5).map((i) => i.handle))
      const last = await api.get("/admin/curation?limit=5&offset=20", asStaff)
      expect((last.data.items as QueueItem[]).map((i) => i.handle)).toEqual(items.slice(20).map((i) => i.handle))
      expect(first.data.choices.categories).toEqual(
        expect.arrayContaining([expect.objectContaining({ handle: "wood-carving" })]),
      )
      expect(first.data.choices.kecamatan).toContain("Plumbon")
      const filtered = await api.get("/admin/curation?msme=bordir-astana-indah&limit=2", asStaff)
      expect(filtered.data.count).toBe(5)
      expect(filtered.data.items).toHaveLength(2)
      expect((await api.get("/admin/curation?category=no-such-category", asStaff)).data.count).toBe(0)

      // the review page: the product in both languages, its MSME and permits, the rubric
      const statue = await productId("patung-singa-barong-ukir-singa-barong")
      const page = await api.get(`/admin/curation/${statue.id}`, asStaff)
      expect(page.data.product.product.title.en).toBeTruthy()
      expect(page.data.msme).toMatchObject({ handle: "ukir-singa-barong", status: "active" })
      expect(page.data.rubric).toHaveLength(6)

      // a grade D is not approved, and nothing is written
      const weak = await api.post(
        `/admin/curation/${statue.id}/review`,
        { decision: "approve", scores: scores(2) },
        asStaff,
      )
      expect(weak.status).toBe(400)
      expect(weak.data.message).toMatch(/graded D/)
      expect((await curationOf(statue.id)).status).toBe("submitted")
      // scores are checked
      const bad = await api.post(
        `/admin/curation/${statue.id}/review`,
        { decision: "approve", scores: { ...scores(4), quality: 9 } },
        asStaff,
      )
      expect(bad.status).toBe(400)

      // approve with B: published, found by buyers' search; the history says who, when, scores, grade
      const approved = await api.post(
        `/admin/curation/${statue.id}/review`,
        { decision: "approve", scores: scores(4) },
        asStaff,
      )
      expect(approved.status).toBe(200)
      expect(approved.data).toMatchObject({ grade: "B", average: 4, curation: { status: "approved" } })
      expect((await productId("patung-singa-barong-ukir-singa-barong")).status).toBe("published")
      const found = await until(
        async () =>
          (
            await api.post(
              "/store/search",
              { entity: "product", filters: { q: "singa barong" }, pagination: { take: 20 } },
              store(),
            )
          ).data.results?.[0]?.hits as { document: { handle: string } }[] | undefined,
        (hits) => Boolean(hits?.some((h) => h.document.handle === "patung-singa-barong-ukir-singa-barong")),
      )
      expect(found?.some((h) => h.document.handle === "patung-singa-barong-ukir-singa-barong")).toBe(true)
      const history = (await curationOf(statue.id)).history
      expect(history.at(-1)).toMatchObject({ to: "approved", by: user.id, grade: "B", scores: scores(4) })

      // request changes: notes required; the product stays out
      const tray = await productId("nampan-rotan-oval-anyaman-rotan-depok")
      expect(
        (
          await api.post(
            `/admin/curation/${tray.id}/review`,
            { decision: "request_changes", scores: scores(3) },
            asStaff,
          )
        ).status,
      ).toBe(400)
      const changes = await api.post(
        `/admin/curation/${tray.id}/review`,
        {
          decision: "request_changes",
          scores: { ...scores(3), content: 2 },
          notes: "Foto dari samping dan ukuran dalam cm.",
        },
        asStaff,
      )
      expect(changes.status).toBe(200)
      expect(await curationOf(tray.id)).toMatchObject({ status: "changes_requested", grade: "C" })
      expect((await productId("nampan-rotan-oval-anyaman-rotan-depok")).status).toBe("draft")

      // reject with a reason
      const glass = await productId("lukisan-kaca-mini-punakawan-kaca-sekar-wayang")
      const rejected = await api.post(
        `/admin/curation/${glass.id}/review`,
        { decision: "reject", scores: scores(2), notes: "Bukan karya sendiri (cetak ulang)." },
        asStaff,
      )
      expect(rejected.status).toBe(200)
      expect((await curationOf(glass.id)).history.at(-1)).toMatchObject({
        to: "rejected",
        notes: "Bukan karya sendiri (cetak ulang).",
      })
      // a decided product is not decided again from the queue
      expect(
        (await api.post(`/admin/curation/${glass.id}/review`, { decision: "approve", scores: scores(5) }, asStaff))
          .status,
      ).toBe(400)

      // a review whose last step fails leaves nothing behind: still submitted, still hidden, same history
      const chair = await productId("kursi-makan-rotan-rotan-giri-mandala")
      const before = await curationOf(chair.id)
      failing.add(chair.id)
      for (const decision of ["approve", "request_changes", "reject"]) {
        const failed = await api.post(
          `/admin/curation/${chair.id}/review`,
          { decision, scores: scores(5), notes: "Catatan" },
          asStaff,
        )
        expect(failed.status).toBe(400)
        expect(await curationOf(chair.id)).toMatchObject({
          status: "submitted",
          grade: before.grade,
          history: before.history,
        })
        expect((await productId("kursi-makan-rotan-rotan-giri-mandala")).status).toBe("draft")
      }
      failing.delete(chair.id)
      expect(
        (await api.post(`/admin/curation/${chair.id}/review`, { decision: "approve", scores: scores(5) }, asStaff)).data
          .grade,
      ).toBe("A")
      expect((await productId("kursi-makan-rotan-rotan-giri-mandala")).status).toBe("published")
    })

    it("verifies and rejects permits from a queue, shows verified ones to buyers, and expires them on schedule", async () => {
      const container = getContainer()
      const { headers, user } = await staffHeaders()
      const asStaff = { headers, ...anyStatus }
      const queue = await api.get("/admin/permits", asStaff)
      const pending = queue.data.permits as {
        id: string
        type: string
        number: string
        created_at: string
        msme: { handle: string }
      }[]
      expect(pending.length).toBeGreaterThanOrEqual(10)
      expect(pending.map((p) => p.created_at)).toEqual([...pending.map((p) => p.created_at)].sort())
      // paged in the database: the count is the whole queue, pages follow each other in the same order
      expect(queue.data.count).toBe(pending.length)
      const page2 = await api.get("/admin/permits?limit=3&offset=3", asStaff)
      expect(page2.data.count).toBe(pending.length)
      expect((page2.data.permits as { id: string }[]).map((p) => p.id)).toEqual(pending.slice(3, 6).map((p) => p.id))
      expect((await api.get("/admin/permits?limit=0", asStaff)).status).toBe(400)
      const nib = pending.find((p) => p.msme.handle === "topeng-slangit" && p.type === "nib")!
      const sni = pending.find((p) => p.msme.handle === "rotan-tegal-asri" && p.type === "sni")!
      const mask = "topeng-panji-topeng-slangit"
      const verifiedOnPage = async (handle: string) => {
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({
          entity: "product",
          fields: ["handle", "msme.handle"],
          filters: { handle },
        })
        const live = (
          await api.get(
            `/admin/curation?status=approved&msme=${(data[0] as { msme: { handle: string } }).msme.handle}`,
            asStaff,
          )
        ).data.items as QueueItem[]
        const res = await api.get(`/store/gallery/products/${live[0]!.handle}`, store())
        return (res.data.product?.msme?.verified_permits ?? res.data.msme?.verified_permits ?? []) as { type: string }[]
      }
      expect((await verifiedOnPage(mask)).some((p) => p.type === "nib")).toBe(false)

      // a failing decision leaves the permit pending
      failing.add(nib.id)
      expect((await api.post(`/admin/permits/${nib.id}/decision`, { decision: "verify" }, asStaff)).status).toBe(400)
      expect(
        ((await api.get("/admin/permits", asStaff)).data.permits as { id: string }[]).some((p) => p.id === nib.id),
      ).toBe(true)
      failing.delete(nib.id)

      const verified = await api.post(`/admin/permits/${nib.id}/decision`, { decision: "verify" }, asStaff)
      expect(verified.status).toBe(200)
      expect(verified.data.permit).toMatchObject({ status: "verified", verified_by: user.id })
      expect((await verifiedOnPage(mask)).some((p) => p.type === "nib")).toBe(true)
      expect(
        (await api.post(`/admin/permits/${nib.id}/decision`, { decision: "reject", reason: "x" }, asStaff)).status,
      ).toBe(400)

      expect((await api.post(`/admin/permits/${sni.id}/decision`, { decision: "reject" }, asStaff)).status).toBe(400)
      const rejected = await api.post(
        `/admin/permits/${sni.id}/decision`,
        { decision: "reject", reason: "Nomor SNI tidak cocok dengan dokumen." },
        asStaff,
      )
      expect(rejected.data.permit).toMatchObject({
        status: "rejected",
        rejection_reason: "Nomor SNI tidak cocok dengan dokumen.",
      })

      // expiry: one verified permit runs out in 10 days (flagged once), another ran out yesterday (expired)
      const msmes: MsmeModuleService = container.resolve("msme")
      const day = 24 * 3600_000
      const verifiedPermits = (await msmes.listMsmePermits({ status: "verified" }, { take: 3 })) as { id: string }[]
      const [soon, past] = verifiedPermits
      await msmes.updateMsmePermits([
        { id: soon!.id, expires_at: new Date(Date.now() + 10 * day) },
        { id: past!.id, expires_at: new Date(Date.now() - day) },
      ])
      const first = await checkPermitExpiry(container)
      expect(first.expiring).toContain(soon!.id)
      expect(first.expired).toContain(past!.id)
      const second = await checkPermitExpiry(container)
      expect(second.expiring).not.toContain(soon!.id)
      expect(second.expired).not.toContain(past!.id)
      const expiring = (await api.get("/admin/permits?status=expiring", asStaff)).data.permits as {
        id: string
        expiring_soon: boolean
      }[]
      expect(expiring.find((p) => p.id === soon!.id)?.expiring_soon).toBe(true)
      const expired = (await api.get("/admin/permits?status=expired", asStaff)).data.permits as { id: string }[]
      expect(expired.map((p) => p.id)).toContain(past!.id)
      // a check that fails after writing leaves every permit as it was
      const third = verifiedPermits[2]!
      await msmes.updateMsmePermits({ id: third.id, expires_at: new Date(Date.now() - day) })
      failing.add("expiry")
      await expect(checkPermitExpiry(container)).rejects.toThrow(/could not be finished/)
      failing.delete("expiry")
      expect(((await msmes.listMsmePermits({ id: third.id })) as { status: string }[])[0]!.status).toBe("verified")
      expect((await checkPermitExpiry(container)).expired).toEqual([third.id])
      // the MSME and the staff were told of the one expiring
      const notifications = await container
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ template: "permit-expiring" })
      expect(notifications.some((n) => n.to === user.email)).toBe(true)
    })

    it("lets staff arrange the featured collections, which the storefront shows in that order", async () => {
      const { headers } = await staffHeaders()
      const asStaff = { headers, ...anyStatus }
      const current = (await api.get("/admin/featured", asStaff)).data as {
        craft: { products: { id: string; title: string }[] }
        culinary: { products: { id: string }[] }
      }
      expect(current.craft.products).toHaveLength(8)
      const statue = await productId("patung-singa-barong-ukir-singa-barong")
      await api.post(`/admin/curation/${statue.id}/review`, { decision: "approve", scores: scores(5) }, asStaff)
      const wanted = [
        statue.id,
        ...current.craft.products
          .slice(0, 5)
          .map((p) => p.id)
          .reverse(),
      ]
      const saved = await api.post("/admin/featured/craft", { product_ids: wanted }, asStaff)
      expect(saved.status).toBe(200)
      expect((saved.data.products as { id: string }[]).map((p) => p.id)).toEqual(wanted)

      // the storefront's view: the collection's order and members
      const { data } = await api.get("/store/collections?handle=featured-craft&fields=id,metadata", store())
      const collection = data.collections[0] as { id: string; metadata: { product_order: string[] } }
      expect(collection.metadata.product_order).toEqual(wanted)
      const members = await api.get(`/store/products?collection_id=${collection.id}&fields=id&limit=50`, store())
      expect((members.data.products as { id: string }[]).map((p) => p.id).sort()).toEqual([...wanted].sort())

      // only live products of the sector
      const hidden = await productId("nampan-rotan-oval-anyaman-rotan-depok")
      const refused = await api.post("/admin/featured/craft", { product_ids: [hidden.id] }, asStaff)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/not live/)
      const food = current.culinary.products[0]!.id
      expect((await api.post("/admin/featured/craft", { product_ids: [food] }, asStaff)).data.message).toMatch(
        /not a craft product/,
      )
      expect((await api.post("/admin/featured/furniture", { product_ids: [] }, asStaff)).status).toBe(404)
      expect((await api.post("/admin/featured/craft", { product_ids: [statue.id, statue.id] }, asStaff)).status).toBe(
        400,
      )
      // nothing changed by the refusals
      expect(
        ((await api.get("/admin/featured", asStaff)).data.craft.products as { id: string }[]).map((p) => p.id),
      ).toEqual(wanted)
    })

    it("lets staff give an inquiry line to an MSME, whose sellers then see it and offer, and take it back", async () => {
      const { headers } = await staffHeaders()
      const asStaff = { headers, ...anyStatus }
      const a = await signUpSeller(api as Api, "ratna@batik-mediasi.test", "Batik Mediasi")
      const b = await signUpSeller(api as Api, "yusuf@rotan-mediasi.test", "Rotan Mediasi")
      const sent = await api.post(
        "/store/inquiries",
        {
          locale: "en",
          buyer: { name: "Mei Lin", email: "mei@lion.example", country: "SG" },
          items: [{ title: "Batik table runners, indigo, 2 m", quantity: 200, unit: "pcs" }],
          incoterm: "FOB",
          destination: "Singapore",
          currency: "USD",
          message: "Who can make these? Indigo, hand-drawn, 2 m long.",
        },
        { headers: { ...storeHeaders(seeded.setup.publishable_key), "x-forwarded-for": "198.51.100.7" }, ...anyStatus },
      )
      expect(sent.status).toBe(201)
      const { data: list } = await api.get("/admin/inquiries?limit=5", asStaff)
      const inquiry = (list.inquiries as { id: string; items: { id: string }[] }[])[0]!
      const line = inquiry.items[0]!.id
      expect(((await api.get("/seller/me/inquiries", bearer(a.token))).data.inquiries as unknown[]).length).toBe(0)

      expect(
        (await api.post(`/admin/inquiries/${inquiry.id}/lines/${line}`, { msme_id: "msme_NOPE" }, asStaff)).status,
      ).toBe(400)
      const given = await api.post(`/admin/inquiries/${inquiry.id}/lines/${line}`, { msme_id: a.msme.id }, asStaff)
      expect(given.status).toBe(200)
      expect(given.data.inquiry.items[0].assigned_msme_id).toBe(a.msme.id)
      const seen = (await api.get("/seller/me/inquiries", bearer(a.token))).data.inquiries as {
        id: string
        items: { id: string; product_id: string | null; assigned: boolean }[]
      }[]
      expect(seen).toHaveLength(1)
      expect(seen[0]!.items).toEqual([expect.objectContaining({ id: line, product_id: null, assigned: true })])
      expect(JSON.stringify(seen)).not.toContain("mei@lion.example")
      const offered = await api.post(
        `/seller/me/inquiries/${inquiry.id}/offers`,
        { item_id: line, unit_price: 4.8, currency: "USD", capacity_per_month: 300, lead_time_days: 21 },
        bearer(a.token),
      )
      expect(offered.status).toBe(201)
      // another MSME sees nothing and cannot offer
      expect(((await api.get("/seller/me/inquiries", bearer(b.token))).data.inquiries as unknown[]).length).toBe(0)
      expect(
        (
          await api.post(
            `/seller/me/inquiries/${inquiry.id}/offers`,
            { item_id: line, unit_price: 1, currency: "USD" },
            bearer(b.token),
          )
        ).status,
      ).toBe(404)
      // taken back: the line leaves A's list (A's offer stays on record for the staff)
      expect((await api.post(`/admin/inquiries/${inquiry.id}/lines/${line}`, { msme_id: null }, asStaff)).status).toBe(
        200,
      )
      expect(((await api.get("/seller/me/inquiries", bearer(a.token))).data.inquiries as unknown[]).length).toBe(0)
      const detail = await api.get(`/admin/inquiries/${inquiry.id}`, asStaff)
      expect(detail.data.inquiry.items[0].offers).toHaveLength(1)
    })

    it("narrows staff to their roles and keeps sellers out of every staff tool", async () => {
      const container = getContainer()
      const admin = await staffHeaders()
      const curator = await createStaff(container, "kurator-saja@galeri-caruban.test")
      const verifier = await createStaff(container, "verifikator@galeri-caruban.test")
      const as = (h: { headers: object }) => ({ headers: h.headers, ...anyStatus })
      expect((await api.post(`/admin/staff/${curator.user.id}/roles`, { roles: ["curator"] }, as(admin))).status).toBe(
        200,
      )
      expect(
        (await api.post(`/admin/staff/${verifier.user.id}/roles`, { roles: ["permit_verifier"] }, as(admin))).status,
      ).toBe(200)
      expect((await api.post(`/admin/staff/${verifier.user.id}/roles`, { roles: ["boss"] }, as(admin))).status).toBe(
        400,
      )

      expect((await api.get("/admin/curation", as(curator))).status).toBe(200)
      expect((await api.get("/admin/featured", as(curator))).status).toBe(200)
      const denied = await api.get("/admin/permits", as(curator))
      expect(denied.status).toBe(403)
      expect(denied.data.message).toMatch(/permit verifier/)
      expect((await api.get("/admin/inquiries", as(curator))).status).toBe(403)
      expect((await api.get("/admin/staff", as(curator))).status).toBe(403)
      expect((await api.post(`/admin/staff/${curator.user.id}/roles`, { roles: ["admin"] }, as(curator))).status).toBe(
        403,
      )

      expect((await api.get("/admin/permits", as(verifier))).status).toBe(200)
      expect((await api.get("/admin/curation", as(verifier))).status).toBe(403)
      expect((await api.post("/admin/featured/craft", { product_ids: [] }, as(verifier))).status).toBe(403)

      const staffList = (await api.get("/admin/staff", as(admin))).data.staff as { email: string; roles: string[] }[]
      expect(staffList.find((s) => s.email === "kurator-saja@galeri-caruban.test")?.roles).toEqual(["curator"])
      // paged and counted in the database, by email
      const first = (await api.get("/admin/staff?limit=1", as(admin))).data
      expect(first).toMatchObject({ count: staffList.length, limit: 1, offset: 0 })
      expect(first.staff[0].email).toBe(staffList[0]!.email)
      const second = (await api.get("/admin/staff?limit=1&offset=1", as(admin))).data
      expect(second.staff[0].email).toBe(staffList[1]!.email)
      expect((await api.get("/admin/staff?limit=0", as(admin))).status).toBe(400)

      // sellers reach none of it
      const seller = await signUpSeller(api as Api, "penjual@peran.test", "Usaha Peran")
      for (const url of ["/admin/curation", "/admin/permits", "/admin/featured", "/admin/staff"]) {
        expect((await api.get(url, bearer(seller.token))).status).toBe(401)
      }
      expect((await api.post("/admin/featured/craft", { product_ids: [] }, bearer(seller.token))).status).toBe(401)
    })
  },
})
