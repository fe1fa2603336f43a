import { loadCatalog } from "@galeri/content"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { type SeedResult, seedGallery } from "../../src/lib/seed"
import { EXPORT_INQUIRY_MODULE } from "../../src/modules/export-inquiry"
import { expireInquiryQuotes } from "../../src/workflows/export-inquiry/expire-quotes"
import { createStaff, storeHeaders } from "../helpers/admin"
import { until } from "../helpers/until"

jest.setTimeout(240_000)

type Notification = { to: string; template: string; data: Record<string, unknown>; status: string }

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)
let ipCounter = 1
/** Each submission comes from its own address unless a test says otherwise (the limit is per IP). */
const nextIp = () => `198.51.100.${ipCounter++}`

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: SeedResult
    let staff: { user: { id: string; email: string }; headers: Record<string, string> }
    let products: { id: string; handle: string; title: string }[]

    beforeAll(async () => {
      seeded = await seedGallery(getContainer())
      staff = (await createStaff(getContainer(), "ekspor@galeri-caruban.test")) as typeof staff
      // a rattan chair and a shrimp paste that buyers can see (approved, of an active MSME)
      const catalog = loadCatalog()
      const active = new Set(catalog.msmes.filter((m) => m.status === "active").map((m) => m.handle))
      const visible = catalog.products.filter((p) => p.curation === "approved" && active.has(p.msme))
      const handles = ["kursi-rotan-teras", "terasi-udang-premium"].map(
        (prefix) => visible.find((p) => p.handle.startsWith(prefix))!.handle,
      )
      const { data } = await api.get(
        `/store/products?${handles.map((h) => `handle[]=${h}`).join("&")}&fields=id,handle,title`,
        {
          headers: storeHeaders(seeded.setup.publishable_key),
        },
      )
      products = data.products
      expect(products).toHaveLength(2)
    })

    const store = (ip = nextIp(), extra: Record<string, string> = {}) => ({
      headers: storeHeaders(seeded.setup.publishable_key, { "x-forwarded-for": ip, ...extra }),
      validateStatus: () => true,
    })
    const admin = () => ({ headers: staff.headers, validateStatus: () => true })

    const inquiryBody = (overrides: Record<string, unknown> = {}) => ({
      locale: "en",
      buyer: {
        name: "Aisha Rahman",
        company: "Lion City Living Pte Ltd",
        email: "aisha@lioncity.example",
        country: "SG",
        phone: "+65 8123 4567",
      },
      items: [
        { product_id: products[0]!.id, quantity: 300, unit: "pcs" },
        { product_id: products[1]!.id, quantity: 500, unit: "kg", description: "vacuum packed, 250 g" },
      ],
      incoterm: "FOB",
      destination: "Singapore",
      target_price: 12000,
      currency: "USD",
      certificates: ["halal", "svlk", "certificate_of_origin"],
      sample_requested: true,
      expected_date: inDays(90),
      message: "We furnish boutique hotels. Please quote FOB Tanjung Priok.",
      ...overrides,
    })

    const notifications = async (to: string): Promise<Notification[]> =>
      (await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to })) as unknown as Notification[]

    async function submit(overrides: Record<string, unknown> = {}) {
      const res = await api.post("/store/inquiries", inquiryBody(overrides), store())
      expect(res.status).toBe(201)
      return res.data.inquiry as { reference: string; token: string }
    }

    it("runs the whole lifecycle: submit, review, offer, quote, accept, draft order with the quoted lines and currency", async () => {
      const sent = await submit()
      expect(sent.reference).toMatch(/^GC-\d{4}-\d{6}$/)
      expect(sent.token).toMatch(/^[A-Za-z0-9_-]{43}$/)

      // the buyer's page
      const page = await api.get(`/store/inquiries/${sent.token}`, store())
      expect(page.status).toBe(200)
      expect(page.data.inquiry).toMatchObject({ reference: sent.reference, status: "submitted", currency: "USD" })
      expect(page.data.inquiry.items.map((i: { title: string }) => i.title)).toEqual(products.map((p) => p.title))

      // staff find it, take it into review, note an MSME's offer, and quote
      const list = await api.get(`/admin/inquiries?status=submitted&q=${sent.reference}`, admin())
      expect(list.status).toBe(200)
      expect(list.data.inquiries.map((i: { reference: string }) => i.reference)).toEqual([sent.reference])
      const id = list.data.inquiries[0].id as string
      expect(list.data.inquiries[0].msmes.length).toBe(2) // both MSMEs whose products are asked about

      const review = await api.post(`/admin/inquiries/${id}/status`, { to: "in_review" }, admin())
      expect(review.status).toBe(200)
      const detail = review.data.inquiry
      expect(detail.whatsapp_url).toMatch(/^https:\/\/wa\.me\/6581234567\?text=/)
      const [chairs, paste] = detail.items as { id: string; title: string }[]
      const offer = await api.post(
        `/admin/inquiries/${id}/offers`,
        { item_id: chairs!.id, unit_price: 1_450_000, currency: "IDR", capacity_per_month: 120, lead_time_days: 45 },
        admin(),
      )
      expect(offer.status).toBe(201)
      expect(offer.data.inquiry.items[0].offers[0]).toMatchObject({ capacity_per_month: 120, entered_by_type: "staff" })

      const quote = await api.post(
        `/admin/inquiries/${id}/quotes`,
        {
          currency: "USD",
          incoterm: "FOB",
          valid_until: inDays(30),
          lead_time_days: 45,
          notes: "Samples ship by courier within a week.",
          lines: [
            { item_id: chairs!.id, quantity: 300, unit_price: 96.5 },
            { item_id: paste!.id, quantity: 500, unit_price: 4.2 },
          ],
        },
        admin(),
      )
      expect(quote.status).toBe(201)
      expect(quote.data.inquiry.status).toBe("quoted")

      // the buyer reads the quote and accepts it
      const quoted = await api.get(`/store/inquiries/${sent.token}`, store())
      expect(quoted.data.inquiry.quote).toMatchObject({ currency: "USD", incoterm: "FOB", status: "sent" })
      expect(Number(quoted.data.inquiry.quote.total)).toBeCloseTo(300 * 96.5 + 500 * 4.2)
      const accepted = await api.post(`/store/inquiries/${sent.token}/accept`, {}, store())
      expect(accepted.status).toBe(200)
      expect(accepted.data.inquiry.status).toBe("accepted")
      expect(accepted.data.inquiry.quote.status).toBe("accepted")

      // a Medusa draft order with the quoted lines and currency, linked to the inquiry
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: rows } = await query.graph({
        entity: "export_inquiry",
        fields: ["order.id", "history"],
        filters: { id },
      })
      const orderId = (rows[0] as unknown as { order: { id: string } }).order.id
      const { data: orders } = await query.graph({
        entity: "order",
        fields: ["id", "status", "is_draft_order", "currency_code", "email", "metadata"],
        filters: { id: orderId },
      })
      const order = orders[0] as {
        status: string
        is_draft_order: boolean
        currency_code: string
        email: string
        metadata: Record<string, unknown>
      }
      expect(order).toMatchObject({
        status: "draft",
        is_draft_order: true,
        currency_code: "usd",
        email: "aisha@lioncity.example",
      })
      expect(order.metadata.export_inquiry_reference).toBe(sent.reference)
      // and staff see it among Medusa's draft orders, with the quoted lines
      const drafts = await api.get(`/admin/draft-orders/${orderId}`, admin())
      expect(drafts.status).toBe(200)
      const lines = (drafts.data.draft_order.items as { title: string; quantity: number; unit_price: number }[])
        .map((i) => [i.title, Number(i.quantity), Number(i.unit_price)])
        .sort()
      expect(lines).toEqual(
        [
          [chairs!.title, 300, 96.5],
          [paste!.title, 500, 4.2],
        ].sort(),
      )

      // who and when, for every step
      const history = (
        rows[0] as unknown as {
          history: { entries: { to: string; actor_type: string; actor_id: string | null; at: string }[] }
        }
      ).history.entries
      expect(history.map((e) => [e.to, e.actor_type])).toEqual([
        ["submitted", "buyer"],
        ["in_review", "staff"],
        ["quoted", "staff"],
        ["accepted", "buyer"],
      ])
      expect(history.filter((e) => e.actor_type === "staff").every((e) => e.actor_id === staff.user.id)).toBe(true)

      // the buyer got a receipt (with the private link) and the quote; staff heard of the new inquiry and the acceptance
      const buyerMail = await until(
        () => notifications("aisha@lioncity.example"),
        (n) => n.some((x) => x.template === "export-inquiry-buyer-quote"),
      )
      const receipt = buyerMail.find((n) => n.template === "export-inquiry-buyer-receipt")!
      expect(String(receipt.data.link)).toContain(`/en/ekspor/permintaan/${sent.token}`)
      expect(String(receipt.data.subject)).toContain(sent.reference)
      const staffMail = await until(
        () => notifications(staff.user.email),
        (n) => n.some((x) => x.template === "export-inquiry-staff-accepted"),
      )
      expect(staffMail.map((n) => n.template)).toEqual(
        expect.arrayContaining(["export-inquiry-staff-new", "export-inquiry-staff-accepted"]),
      )
    })

    it("refuses moves the status machine does not allow", async () => {
      const sent = await submit()
      const early = await api.post(`/store/inquiries/${sent.token}/accept`, {}, store())
      expect(early.status).toBe(400)
      expect(early.data.message).toMatch(/cannot become "accepted"|no quote/)

      const { data } = await api.get(`/admin/inquiries?q=${sent.reference}`, admin())
      const id = data.inquiries[0].id
      const declined = await api.post(
        `/admin/inquiries/${id}/status`,
        { to: "declined", note: "We cannot ship rattan by this date." },
        admin(),
      )
      expect(declined.status).toBe(200)
      const again = await api.post(`/admin/inquiries/${id}/status`, { to: "in_review" }, admin())
      expect(again.status).toBe(400)
      expect(again.data.message).toContain('"declined" cannot become "in_review"')
      const lateQuote = await api.post(
        `/admin/inquiries/${id}/quotes`,
        {
          currency: "USD",
          incoterm: "FOB",
          valid_until: inDays(10),
          lead_time_days: 30,
          lines: [{ title: "x", quantity: 1, unit_price: 1 }],
        },
        admin(),
      )
      expect(lateQuote.status).toBe(400)
      // nothing was written by the refused quote
      const detail = await api.get(`/admin/inquiries/${id}`, admin())
      expect(detail.data.inquiry.quotes).toEqual([])
      expect(detail.data.inquiry.status).toBe("declined")
      // the buyer reads the reason in the thread
      const page = await api.get(`/store/inquiries/${sent.token}`, store())
      expect(page.data.inquiry.messages.map((m: { body: string }) => m.body)).toContain(
        "We cannot ship rattan by this date.",
      )
    })

    it("shows a token's own inquiry only, and nothing staff-only", async () => {
      const a = await submit()
      const b = await submit({ buyer: { name: "Omar Haddad", email: "omar@gulf.example", country: "AE" } })
      const { data } = await api.get(`/admin/inquiries?q=${a.reference}`, admin())
      await api.post(
        `/admin/inquiries/${data.inquiries[0].id}/messages`,
        { body: "Buyer seems serious", internal: true },
        admin(),
      )
      await api.post(`/admin/inquiries/${data.inquiries[0].id}/messages`, { body: "Thank you, we are on it." }, admin())

      const pageA = (await api.get(`/store/inquiries/${a.token}`, store())).data.inquiry
      const pageB = (await api.get(`/store/inquiries/${b.token}`, store())).data.inquiry
      expect(pageA.reference).toBe(a.reference)
      expect(pageB.reference).toBe(b.reference)
      expect(pageB.buyer_name).toBe("Omar Haddad")
      const textA = JSON.stringify(pageA)
      expect(textA).not.toContain("Buyer seems serious")
      expect(textA).toContain("Thank you, we are on it.")
      for (const hidden of [
        "access_token",
        "buyer_email",
        "buyer_phone",
        "assigned_to",
        "offers",
        "internal",
        "sent_by",
      ]) {
        expect(textA).not.toContain(`"${hidden}"`)
      }
      expect(textA).not.toContain(b.reference)

      for (const bad of ["x".repeat(43), a.token.slice(0, -1), `${a.token}x`, "..%2f..%2fadmin", "GC-2026-000001"]) {
        const res = await api.get(`/store/inquiries/${encodeURIComponent(bad)}`, store())
        expect(res.status).toBe(404)
        expect(JSON.stringify(res.data)).not.toContain("GC-")
      }
      const id = await api.get(`/store/inquiries/${data.inquiries[0].id}`, store())
      expect(id.status).toBe(404)
    })

    it("lets the buyer reply in the thread and decline the quote, and tells staff", async () => {
      const sent = await submit({ buyer: { name: "Hana Sato", email: "hana@osaka.example", country: "JP" } })
      const reply = await api.post(
        `/store/inquiries/${sent.token}/messages`,
        { body: "Can you do indigo dye?" },
        store(),
      )
      expect(reply.status).toBe(201)
      expect(reply.data.inquiry.messages.map((m: { body: string }) => m.body)).toContain("Can you do indigo dye?")
      const empty = await api.post(`/store/inquiries/${sent.token}/messages`, { body: "  " }, store())
      expect(empty.status).toBe(400)

      const { data } = await api.get(`/admin/inquiries?q=${sent.reference}`, admin())
      await api.post(
        `/admin/inquiries/${data.inquiries[0].id}/quotes`,
        {
          currency: "USD",
          incoterm: "FOB",
          valid_until: inDays(14),
          lead_time_days: 30,
          lines: [{ title: "Indigo batik", quantity: 50, unit_price: 40 }],
        },
        admin(),
      )
      const declined = await api.post(`/store/inquiries/${sent.token}/decline`, { reason: "Over our budget" }, store())
      expect(declined.status).toBe(200)
      expect(declined.data.inquiry.status).toBe("declined")
      expect(declined.data.inquiry.quote.status).toBe("declined")
      const staffMail = await until(
        () => notifications(staff.user.email),
        (n) => n.some((x) => x.template === "export-inquiry-staff-reply" && String(x.data.text).includes("indigo")),
      )
      expect(staffMail.some((n) => n.template === "export-inquiry-staff-reply")).toBe(true)
      await until(
        () => notifications(staff.user.email),
        (n) =>
          n.some(
            (x) => x.template === "export-inquiry-staff-declined" && String(x.data.subject).includes(sent.reference),
          ),
      )
    })

    it("answers bad bodies with a 400 in the buyer's language, and a honeypot with nothing stored", async () => {
      const en = await api.post(
        "/store/inquiries",
        inquiryBody({ buyer: { name: "A", email: "nope", country: "Singapore" }, items: [] }),
        store(),
      )
      expect(en.status).toBe(400)
      expect(en.data.message).toContain("Please check the form")
      const fields = en.data.errors.map((e: { field: string }) => e.field)
      expect(fields).toEqual(expect.arrayContaining(["buyer.name", "buyer.email", "buyer.country", "items"]))

      const id = await api.post(
        "/store/inquiries",
        inquiryBody({ locale: "id", incoterm: "FAS", quantity: 3 }),
        store(),
      )
      expect(id.status).toBe(400)
      expect(id.data.message).toContain("Mohon periksa formulir")
      expect(id.data.message).toContain("Pilih Incoterm")
      expect(id.data.message).toContain("Kolom tidak dikenal: quantity")

      const tooMany = await api.post(
        "/store/inquiries",
        inquiryBody({ items: Array.from({ length: 21 }, () => ({ title: "mask", quantity: 1, unit: "pcs" })) }),
        store(),
      )
      expect(tooMany.status).toBe(400)
      expect(tooMany.data.message).toContain("At most 20 lines")
      const huge = await api.post("/store/inquiries", inquiryBody({ message: "x".repeat(4001) }), store())
      expect(huge.status).toBe(400)
      const hidden = await api.post(
        "/store/inquiries",
        inquiryBody({ items: [{ product_id: "prod_01ZZZZZZZZZZZZZZZZZZZZZZZZ", quantity: 1, unit: "pcs" }] }),
        store(),
      )
      expect(hidden.status).toBe(400)
      expect(hidden.data.message).toContain("not in the gallery's catalog")
      const notJson = await api.post("/store/inquiries", "not json", {
        ...store(),
        headers: { ...store().headers, "content-type": "text/plain" },
      })
      expect(notJson.status).toBe(400)

      const service = getContainer().resolve("exportInquiry") as {
        listExportInquiries: (f: object) => Promise<unknown[]>
      }
      const before = (await service.listExportInquiries({ buyer_email: "bot@spam.example" })).length
      const bot = await api.post(
        "/store/inquiries",
        inquiryBody({
          website: "http://spam.example",
          buyer: { name: "Bot", email: "bot@spam.example", country: "US" },
        }),
        store(),
      )
      expect(bot.status).toBe(400)
      expect(bot.data.message).toContain("website")
      expect((await service.listExportInquiries({ buyer_email: "bot@spam.example" })).length).toBe(before)
    })

    it("limits new inquiries per IP address, and tells the buyer when to try again", async () => {
      const ip = "203.0.113.77"
      for (let i = 0; i < 5; i++) {
        const ok = await api.post("/store/inquiries", inquiryBody(), store(ip))
        expect(ok.status).toBe(201)
      }
      const limited = await api.post("/store/inquiries", inquiryBody(), store(ip))
      expect(limited.status).toBe(429)
      expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0)
      expect(limited.data.message).toContain("Too many inquiries")
      const other = await api.post("/store/inquiries", inquiryBody(), store("203.0.113.78"))
      expect(other.status).toBe(201)
    })

    it("stores a form sent again unchanged (a retry, a second click, both at once) as one inquiry, announced once", async () => {
      const email = "retry@rotterdam.example"
      const form = inquiryBody({
        buyer: { name: "Joost de Vries", email, country: "NL" },
        submission_id: "form-7Qm2xK9pLw4R",
      })
      const first = await api.post("/store/inquiries", form, store())
      expect(first.status).toBe(201)
      // sent again: the same inquiry, 200
      const again = await api.post("/store/inquiries", form, store())
      expect(again.status).toBe(200)
      expect(again.data.inquiry).toEqual(first.data.inquiry)
      // two at once with a new form id: one inquiry between them
      const twin = { ...form, submission_id: "form-Zr8Vb3nT6yHq" }
      const [a, b] = await Promise.all([
        api.post("/store/inquiries", twin, store()),
        api.post("/store/inquiries", twin, store()),
      ])
      expect([a.status, b.status].sort()).toEqual([200, 201])
      expect(a.data.inquiry.reference).toBe(b.data.inquiry.reference)
      const service = getContainer().resolve(EXPORT_INQUIRY_MODULE) as {
        listExportInquiries: (f: object, c?: object) => Promise<{ id: string; items: unknown[]; messages: unknown[] }[]>
      }
      const stored = await service.listExportInquiries({ buyer_email: email }, { relations: ["items", "messages"] })
      expect(stored).toHaveLength(2)
      for (const inquiry of stored) {
        expect(inquiry.items).toHaveLength(2)
        expect(inquiry.messages).toHaveLength(1)
      }
      // each announced once: one receipt per inquiry
      const receipts = await until(
        () => notifications(email),
        (n) => n.filter((x) => x.template === "export-inquiry-buyer-receipt").length >= 2,
      )
      await new Promise((r) => setTimeout(r, 1_000))
      expect((await notifications(email)).filter((x) => x.template === "export-inquiry-buyer-receipt")).toHaveLength(
        receipts.filter((x) => x.template === "export-inquiry-buyer-receipt").length,
      )
      expect(receipts.filter((x) => x.template === "export-inquiry-buyer-receipt")).toHaveLength(2)
      // another buyer on a cached copy of the page (same form id, their own details): their own inquiry
      const other = await api.post(
        "/store/inquiries",
        { ...form, locale: "id", buyer: { name: "Siti", email: "siti@other.example", country: "ID" } },
        store(),
      )
      expect(other.status).toBe(201)
      expect(other.data.inquiry.reference).not.toBe(first.data.inquiry.reference)
      expect(await service.listExportInquiries({ buyer_email: "siti@other.example" })).toHaveLength(1)
      // a form id that is not one
      const bad = await api.post("/store/inquiries", { ...form, submission_id: "x y" }, store())
      expect(bad.status).toBe(400)
      expect(bad.data.errors.map((e: { field: string }) => e.field)).toEqual(["submission_id"])
    })

    it("keeps the inquiry when notifications fail, and retries them", async () => {
      const notificationModule = getContainer().resolve(Modules.NOTIFICATION)
      const real = notificationModule.createNotifications.bind(notificationModule)
      let failures = 0
      const spy = jest.spyOn(notificationModule, "createNotifications").mockImplementation(((data: unknown) => {
        if (failures < 2) {
          failures++
          return Promise.reject(new Error("SMTP relay unreachable"))
        }
        return real(data as never)
      }) as never)
      try {
        const sent = await submit({ buyer: { name: "Mei Ling", email: "meiling@kl.example", country: "MY" } })
        const page = await api.get(`/store/inquiries/${sent.token}`, store())
        expect(page.status).toBe(200)
        const mail = await until(
          () => notifications("meiling@kl.example"),
          (n) => n.some((x) => x.template === "export-inquiry-buyer-receipt"),
        )
        expect(failures).toBe(2)
        expect(mail.filter((n) => n.template === "export-inquiry-buyer-receipt")).toHaveLength(1)
      } finally {
        spy.mockRestore()
      }

      // a notification system that stays down loses nothing either
      const down = jest.spyOn(notificationModule, "createNotifications").mockRejectedValue(new Error("down"))
      try {
        const sent = await submit({ buyer: { name: "Farid", email: "farid@jeddah.example", country: "SA" } })
        const page = await api.get(`/store/inquiries/${sent.token}`, store())
        expect(page.data.inquiry.reference).toBe(sent.reference)
        await until(
          async () => down.mock.calls.length,
          (n) => n >= 4,
        )
      } finally {
        down.mockRestore()
      }
    })

    it("expires quotes past their validity, and tells the buyer", async () => {
      const sent = await submit({ buyer: { name: "Lena", email: "lena@expiry.example", country: "SG" } })
      const { data } = await api.get(`/admin/inquiries?q=${sent.reference}`, admin())
      const id = data.inquiries[0].id
      await api.post(
        `/admin/inquiries/${id}/quotes`,
        {
          currency: "SGD",
          incoterm: "CIF",
          valid_until: inDays(7),
          lead_time_days: 30,
          lines: [{ title: "Batik scarves", quantity: 300, unit_price: 18 }],
        },
        admin(),
      )
      expect(await expireInquiryQuotes(getContainer(), new Date(Date.now() + 3 * 86_400_000))).not.toContain(
        sent.reference,
      )
      expect(await expireInquiryQuotes(getContainer(), new Date(Date.now() + 9 * 86_400_000))).toContain(sent.reference)
      const page = await api.get(`/store/inquiries/${sent.token}`, store())
      expect(page.data.inquiry.status).toBe("expired")
      expect(page.data.inquiry.quote.status).toBe("expired")
      const late = await api.post(`/store/inquiries/${sent.token}/accept`, {}, store())
      expect(late.status).toBe(400)
      await until(
        () => notifications("lena@expiry.example"),
        (n) => n.some((x) => x.template === "export-inquiry-buyer-status"),
      )
    })
  },
})
