import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { type SeedResult, seedGallery } from "../../src/lib/seed"
import { createStaff, storeHeaders } from "../helpers/admin"
import { type Api, anyStatus, bearer, signUpSeller } from "../helpers/seller"

jest.setTimeout(240_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: SeedResult
    beforeAll(async () => {
      seeded = await seedGallery(getContainer())
    })

    it("signs a seller up with an MSME in pending, and signs them in as a seller", async () => {
      const a = await signUpSeller(api as Api, "ani@batik-ani.test", "Batik Ani")
      expect(a.msme.status).toBe("pending")
      expect(a.msme.handle).toBe("batik-ani")
      const me = await api.get("/seller/me", bearer(a.token))
      expect(me.status).toBe(200)
      expect(me.data.seller).toMatchObject({ email: "ani@batik-ani.test", role: "owner", onboarding: "self" })
      expect(me.data.msme).toMatchObject({ id: a.msme.id, name: "Batik Ani", status: "pending" })

      // a second sign-up with the same email, or the same registration twice, is refused
      const again = await api.post(
        "/auth/seller/emailpass/register",
        { email: "ani@batik-ani.test", password: "x" },
        anyStatus,
      )
      expect(again.status).toBeGreaterThanOrEqual(400)
      const twice = await api.post(
        "/seller/register",
        {
          name: "Ani",
          msme: { name: "Batik Ani 2", sector: "craft", craft: "batik", kecamatan: "Plered", desa: "Trusmi" },
        },
        bearer(a.token),
      )
      expect(twice.status).toBe(400)
      // a pending MSME is nowhere for buyers
      const { data } = await api.get("/store/gallery/msmes/batik-ani", {
        headers: storeHeaders(seeded.setup.publishable_key),
        ...anyStatus,
      })
      expect(JSON.stringify(data)).not.toContain("Batik Ani")
    })

    it("refuses a sign-up that does not say enough, in words a seller understands", async () => {
      const reg = await api.post(
        "/auth/seller/emailpass/register",
        { email: "budi@rotan.test", password: "Rahasia-2026!" },
        anyStatus,
      )
      const bad = await api.post(
        "/seller/register",
        {
          name: "B",
          msme: { name: "Rotan Budi", sector: "furniture", craft: "rotan", kecamatan: "Atlantis", desa: "X" },
        },
        bearer(reg.data.token as string),
      )
      expect(bad.status).toBe(400)
      expect(String(bad.data.message)).toMatch(/your name|sector|kecamatan/)
      const none = await api.post("/seller/register", { name: "Budi" }, anyStatus)
      expect(none.status).toBe(401)
    })

    it("keeps each seller to their own MSME: the authorization matrix of the seller routes", async () => {
      const a = await signUpSeller(api as Api, "citra@topeng.test", "Topeng Citra")
      const b = await signUpSeller(api as Api, "dedi@kerupuk.test", "Kerupuk Dedi")
      const staff = await createStaff(getContainer(), "staf-matrix@galeri-caruban.test")
      const customerReg = await api.post(
        "/auth/customer/emailpass/register",
        { email: "pembeli@example.test", password: "Rahasia-2026!" },
        anyStatus,
      )
      const customer = customerReg.data.token as string

      // every seller route, read and write
      const routes: [string, string, unknown?, number?][] = [
        ["GET", "/seller/me"],
        ["POST", "/seller/me/msme", { story_en: "Masks carved in Slangit." }],
        ["POST", "/seller/me/permits", { type: "nib", number: "9120001234567" }, 201],
        ["GET", "/seller/me/inquiries"],
        ["GET", "/seller/me/products"],
        ["POST", "/seller/me/inquiries/inq_nope/offers", { item_id: "inqi_nope", unit_price: 1, currency: "IDR" }, 404],
      ]
      const call = (method: string, url: string, body: unknown, config: object) =>
        method === "GET" ? api.get(url, config) : api.post(url, body, config)
      for (const [method, url, body, ok = 200] of routes) {
        expect((await call(method, url, body, anyStatus)).status).toBe(401) // no token
        expect((await call(method, url, body, bearer(customer))).status).toBe(401) // a customer
        expect((await call(method, url, body, { headers: staff.headers, ...anyStatus })).status).toBe(401) // staff
        expect((await call(method, url, body, bearer(a.registration))).status).toBe(401) // signed up, not yet a seller
        expect((await call(method, url, body, bearer("not.a.token"))).status).toBe(401)
        const own = await call(method, url, body, bearer(a.token))
        expect(own.status).toBe(ok)
        if (ok === 200 && own.data.msme) expect((own.data.msme as { id: string }).id).toBe(a.msme.id)
      }

      // the permit landed on A's MSME only, pending; a seller cannot mark it verified, and the number is checked
      const aPermits = (await api.get("/seller/me", bearer(a.token))).data.msme as {
        permits: { type: string; status: string }[]
      }
      expect(aPermits.permits.map((p) => [p.type, p.status])).toEqual([["nib", "pending"]])
      const bPermits = (await api.get("/seller/me", bearer(b.token))).data.msme as { permits: unknown[] }
      expect(bPermits.permits).toEqual([])
      const verified = await api.post(
        "/seller/me/permits",
        { type: "halal", number: "ID32110012345670124", status: "verified" },
        bearer(a.token),
      )
      expect(verified.status).toBe(400)
      const badNumber = await api.post("/seller/me/permits", { type: "nib", number: "12-34" }, bearer(b.token))
      expect(badNumber.status).toBe(400)
      expect(String(badNumber.data.message)).toMatch(/NIB|13/)
      const duplicate = await api.post("/seller/me/permits", { type: "nib", number: "9120001234567" }, bearer(a.token))
      expect(duplicate.status).toBe(422)

      // seller A's edit changes A only; B's MSME cannot be named, moved to active, or renamed through A
      const bView = await api.get("/seller/me", bearer(b.token))
      expect((bView.data.msme as { story_en: string }).story_en).toBe("")
      for (const smuggled of [
        { id: b.msme.id, story_en: "x" },
        { msme_id: b.msme.id },
        { status: "active" },
        { handle: "kerupuk-dedi" },
      ]) {
        const res = await api.post("/seller/me/msme", smuggled, bearer(a.token))
        expect(res.status).toBe(400)
      }
      const after = await api.get("/seller/me", bearer(b.token))
      expect(after.data.msme).toMatchObject({ id: b.msme.id, story_en: "", status: "pending" })
      const mine = await api.get("/seller/me", bearer(a.token))
      expect(mine.data.msme).toMatchObject({ story_en: "Masks carved in Slangit.", status: "pending" })

      // sellers never reach the admin API
      for (const url of ["/admin/msmes", "/admin/inquiries", "/admin/products", `/admin/msmes/${a.msme.id}`]) {
        expect((await api.get(url, bearer(a.token))).status).toBe(401)
      }
      expect(
        (await api.post(`/admin/msmes/${a.msme.id}/status`, { status: "active", reason: "x" }, bearer(a.token))).status,
      ).toBe(401)
    })

    it("lets staff open an account for an MSME, whose seller then sees inquiries about its own products and offers a price", async () => {
      const container = getContainer()
      const staff = await createStaff(container, "staf-onboarding@galeri-caruban.test")
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: products } = await query.graph({
        entity: "product",
        fields: ["id", "handle", "msme.id"],
        filters: {
          handle: ["kursi-rotan-teras-rotan-tegal-asri", "terasi-udang-premium-500g-terasi-losari-udang-mas"],
        },
      })
      const chair = (products as { id: string; handle: string; msme: { id: string } }[]).find((p) =>
        p.handle.startsWith("kursi"),
      )!
      const paste = (products as { id: string; handle: string; msme: { id: string } }[]).find((p) =>
        p.handle.startsWith("terasi"),
      )!

      const opened = await api.post(
        `/admin/msmes/${chair.msme.id}/sellers`,
        { email: "eka@rotan-tegal-asri.test", name: "Eka", password: "Pertama-2026!" },
        { headers: staff.headers, ...anyStatus },
      )
      expect(opened.status).toBe(201)
      expect(opened.data.seller).toMatchObject({
        onboarding: "staff_assisted",
        created_by: staff.user.id,
        role: "member",
      })
      const weak = await api.post(
        `/admin/msmes/${chair.msme.id}/sellers`,
        { email: "fajar@rotan-tegal-asri.test", name: "Fajar", password: "short" },
        { headers: staff.headers, ...anyStatus },
      )
      expect(weak.status).toBe(400)
      const login = await api.post(
        "/auth/seller/emailpass",
        { email: "eka@rotan-tegal-asri.test", password: "Pertama-2026!" },
        anyStatus,
      )
      const token = login.data.token as string
      expect(((await api.get("/seller/me", bearer(token))).data.msme as { id: string }).id).toBe(chair.msme.id)

      // its own products, each with its curation status and the reviewer's notes
      const own = await api.get("/seller/me/products", bearer(token))
      expect(own.status).toBe(200)
      const listed = own.data.products as { id: string; curation: { status: string; notes: string | null } }[]
      expect(listed.map((p) => p.id)).toContain(chair.id)
      expect(listed.map((p) => p.id)).not.toContain(paste.id)
      expect(listed.find((p) => p.id === chair.id)!.curation.status).toBe("approved")
      expect(Object.values(own.data.by_curation as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(
        listed.length,
      )
      const { data: chairMsme } = await query.graph({
        entity: "msme",
        fields: ["products.id"],
        filters: { id: chair.msme.id },
      })
      expect(listed.length).toBe((chairMsme[0] as unknown as { products: unknown[] }).products.length)

      // an overseas buyer asks about the chairs and about another MSME's shrimp paste
      const sent = await api.post(
        "/store/inquiries",
        {
          buyer: { name: "Aisha Rahman", email: "aisha@lioncity.example", country: "SG", phone: "+65 8123 4567" },
          items: [
            { product_id: chair.id, quantity: 200, unit: "pcs" },
            { product_id: paste.id, quantity: 500, unit: "kg" },
          ],
          incoterm: "FOB",
          destination: "Singapore",
          currency: "USD",
          message: "Please quote.",
        },
        { headers: storeHeaders(seeded.setup.publishable_key, { "x-forwarded-for": "192.0.2.90" }), ...anyStatus },
      )
      expect(sent.status).toBe(201)
      const mine = await api.get("/seller/me/inquiries", bearer(token))
      expect(mine.status).toBe(200)
      const inquiries = mine.data.inquiries as {
        id: string
        reference: string
        items: { id: string; product_id: string }[]
      }[]
      const inquiry = inquiries.find((i) => i.reference === sent.data.inquiry.reference)!
      expect(inquiry.items.map((i) => i.product_id)).toEqual([chair.id]) // its own line only
      const text = JSON.stringify(mine.data)
      for (const hidden of ["Aisha", "aisha@lioncity.example", "8123", "Please quote.", "access_token"])
        expect(text).not.toContain(hidden)

      const offer = await api.post(
        `/seller/me/inquiries/${inquiry.id}/offers`,
        {
          item_id: inquiry.items[0]!.id,
          unit_price: 1_350_000,
          currency: "IDR",
          capacity_per_month: 80,
          lead_time_days: 40,
        },
        bearer(token),
      )
      expect(offer.status).toBe(201)
      // the other MSME's line, or a line of another inquiry, is not the seller's to price
      const detail = await api.get(`/admin/inquiries/${inquiry.id}`, { headers: staff.headers, ...anyStatus })
      const pasteLine = (
        detail.data.inquiry as {
          items: { id: string; title: string; offers: { entered_by_type: string; unit_price: number }[] }[]
        }
      ).items
      const other = pasteLine.find((i) => i.title.startsWith("Terasi"))!
      expect(
        (
          await api.post(
            `/seller/me/inquiries/${inquiry.id}/offers`,
            { item_id: other.id, unit_price: 1, currency: "IDR" },
            bearer(token),
          )
        ).status,
      ).toBe(404)
      const chairLine = pasteLine.find((i) => !i.title.startsWith("Terasi"))!
      expect(chairLine.offers.map((o) => [o.entered_by_type, Number(o.unit_price)])).toEqual([["msme", 1_350_000]])

      // a reviewer's request for changes reaches the seller with its notes
      const another = listed.find((p) => p.id !== chair.id && p.curation.status === "approved")!
      await api.post(`/admin/products/${another.id}/curation`, { to: "submitted" }, { headers: staff.headers })
      await api.post(
        `/admin/products/${another.id}/curation`,
        { to: "changes_requested", notes: "Foto kurang terang; tambahkan ukuran dalam cm." },
        { headers: staff.headers },
      )
      const reviewed = (await api.get("/seller/me/products", bearer(token))).data.products as typeof listed
      expect(reviewed.find((p) => p.id === another.id)!.curation).toMatchObject({
        status: "changes_requested",
        notes: "Foto kurang terang; tambahkan ukuran dalam cm.",
      })

      // a seller of another MSME sees none of it
      const other2 = await signUpSeller(api as Api, "gita@kaca.test", "Lukis Kaca Gita")
      expect((await api.get("/seller/me/inquiries", bearer(other2.token))).data.inquiries).toEqual([])
    })
  },
})
