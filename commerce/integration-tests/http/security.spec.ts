import { existsSync } from "node:fs"
import { join } from "node:path"
import { generateJwtToken, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { privateFile } from "../../src/lib/files/private"
import { type SeedResult, seedGallery } from "../../src/lib/seed"
import { MSME_MODULE } from "../../src/modules/msme"
import type MsmeModuleService from "../../src/modules/msme/service"
import { SELLER_MODULE } from "../../src/modules/seller"
import type SellerModuleService from "../../src/modules/seller/service"
import { decideAdminAccess, matchAdminRule, STAFF_ROLES, type StaffRole } from "../../src/modules/staff/access"
import { storeSellerUploadWorkflow } from "../../src/workflows/seller/store-upload"
import { createStaff, storeHeaders } from "../helpers/admin"
import { fillParams, mountedRoutes } from "../helpers/routes"
import { type Api, anyStatus, bearer, signUpSeller } from "../helpers/seller"

jest.setTimeout(600_000)

type Actor = { name: string; headers: Record<string, string>; staff?: { id: string; roles: StaffRole[] } }

/** Runs `work` over `items`, `width` at a time (thousands of requests, in minutes not tens of minutes). */
async function inBatches<T>(items: T[], width: number, work: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += width) await Promise.all(items.slice(i, i + width).map(work))
}

const pdfForm = (text: string) => {
  const data = new FormData()
  data.append(
    "file",
    new Blob([new Uint8Array(Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF`))], { type: "application/pdf" }),
    "izin.pdf",
  )
  return data
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: SeedResult
    beforeAll(async () => {
      seeded = await seedGallery(getContainer())
    })
    const as = (headers: Record<string, string>, extra: object = {}) => ({ headers, ...anyStatus, ...extra })

    /** Every kind of caller: nobody, a customer, two sellers, staff with each role, no role, and an administrator. */
    async function actors(): Promise<Actor[]> {
      const container = getContainer()
      const config = container.resolve("configModule") as { projectConfig: { http: { jwtSecret: string } } }
      const customer = await container.resolve(Modules.CUSTOMER).createCustomers({ email: "pembeli@matrix.test" })
      const customerToken = generateJwtToken(
        { actor_id: customer.id, actor_type: "customer", auth_identity_id: "authid_x", app_metadata: {} },
        { secret: config.projectConfig.http.jwtSecret, expiresIn: "1h" },
      )
      const a = await signUpSeller(api as Api, "a@matrix.test", "Matrix A")
      const b = await signUpSeller(api as Api, "b@matrix.test", "Matrix B")
      const list: Actor[] = [
        { name: "nobody", headers: {} },
        { name: "customer", headers: { authorization: `Bearer ${customerToken}` } },
        { name: "seller of MSME A", headers: { authorization: `Bearer ${a.token}` } },
        { name: "seller of MSME B", headers: { authorization: `Bearer ${b.token}` } },
      ]
      const staffRoles: [string, StaffRole[]][] = [
        ["staff without a role", []],
        ...STAFF_ROLES.map((r) => [r, [r]] as [string, StaffRole[]]),
      ]
      for (const [name, roles] of staffRoles) {
        const s = await createStaff(container, `${name.replace(/\W+/g, "-")}@matrix.test`, roles)
        list.push({ name, headers: s.headers, staff: { id: s.user.id, roles } })
      }
      return list
    }

    it("has a rule for every /admin route Medusa and the gallery mount, and enforces it for every role and actor", async () => {
      const routes = mountedRoutes("/admin")
      // the enumeration found Medusa's core routes and ours
      expect(routes.length).toBeGreaterThan(300)
      for (const probe of [
        "POST /admin/users/:id",
        "POST /admin/invites",
        "GET /admin/curation",
        "POST /admin/msmes",
      ]) {
        expect(routes.map((r) => `${r.method} ${r.path}`)).toContain(probe)
      }
      // a route nobody classified fails here (the middleware would keep it for administrators)
      const unclassified = routes.filter((r) => !matchAdminRule(r.method, fillParams(r.path)).rule)
      expect(unclassified).toEqual([])

      const everyone = await actors()
      const failures: string[] = []
      let checked = 0
      const cases = routes.flatMap((route) => everyone.map((actor) => ({ route, actor })))
      await inBatches(cases, 16, async ({ route, actor }) => {
        const url = fillParams(route.path)
        const rule = matchAdminRule(route.method, url).rule
        if (rule?.who === "public") return
        const expectDenied = actor.staff
          ? !decideAdminAccess({ kind: "user", ...actor.staff }, route.method, url).allowed
          : true
        // allowed writes are not sent: the handler would run (with a made-up id); reads are sent
        if (!expectDenied && route.method !== "GET") return
        // a few allowed reads are streams (workflow subscriptions): give up on the answer, not the check
        const res = await api
          .request({
            method: route.method,
            url,
            data: route.method === "GET" ? undefined : {},
            timeout: 5000,
            ...as(actor.headers),
          })
          .catch(() => ({ status: 0, data: { message: "no answer within 5 s" } }))
        checked++
        const refusedByRole = res.status === 403 && /^Only /.test(String(res.data?.message))
        const ok = actor.staff
          ? expectDenied
            ? refusedByRole
            : res.status !== 401 && !refusedByRole
          : res.status === 401
        if (!ok)
          failures.push(`${actor.name}: ${route.method} ${route.path} -> ${res.status} ${res.data?.message ?? ""}`)
      })
      expect(failures).toEqual([])
      expect(checked).toBeGreaterThan(2000)
    })

    it("keeps every /seller route to sellers: nobody, customers and staff of every role get 401", async () => {
      const routes = mountedRoutes("/seller")
      expect(routes.length).toBeGreaterThan(10)
      const everyone = (await actors()).filter((a) => !a.name.startsWith("seller"))
      const failures: string[] = []
      await inBatches(
        routes.flatMap((route) => everyone.map((actor) => ({ route, actor }))),
        16,
        async ({ route, actor }) => {
          const res = await api.request({
            method: route.method,
            url: fillParams(route.path, "supl_X"),
            data: route.method === "GET" ? undefined : {},
            ...as(actor.headers),
          })
          if (res.status !== 401) failures.push(`${actor.name}: ${route.method} ${route.path} -> ${res.status}`)
        },
      )
      expect(failures).toEqual([])
    })

    it("row 1: a mediator can no longer make itself administrator, nor invite staff; invited accounts start without a role", async () => {
      const container = getContainer()
      const mediator = await createStaff(container, "mediator@row1.test", ["mediator"])
      const admin = await createStaff(container, "admin@row1.test", ["admin"])
      // the metadata write Medusa's core route allows on one's own profile no longer grants anything
      const self = await api.post(
        `/admin/users/${mediator.user.id}`,
        { metadata: { galeri_roles: ["admin"] } },
        as(mediator.headers),
      )
      expect(self.status).toBe(200)
      const staffList = await api.get("/admin/staff", as(mediator.headers))
      expect(staffList.status).toBe(403)
      expect(staffList.data.message).toBe("Only an administrator may do this.")
      // nor someone else's profile, nor the same through a differently spelled path
      expect((await api.post(`/admin/users/${admin.user.id}`, { first_name: "X" }, as(mediator.headers))).status).toBe(
        403,
      )
      expect((await api.post(`/ADMIN/Users/${admin.user.id}/`, { first_name: "X" }, as(mediator.headers))).status).toBe(
        403,
      )
      const invite = await api.post("/admin/invites", { email: "baru@row1.test" }, as(mediator.headers))
      expect(invite.status).toBe(403)
      expect(
        (await api.post(`/admin/staff/${mediator.user.id}/roles`, { roles: ["admin"] }, as(mediator.headers))).status,
      ).toBe(403)

      // an administrator's invitation: the new account signs in but has no role until given one
      const invited = await api.post("/admin/invites", { email: "baru@row1.test" }, as(admin.headers))
      expect(invited.status).toBe(200)
      const reg = await api.post(
        "/auth/user/emailpass/register",
        { email: "baru@row1.test", password: "Kurasi-2026-aman" },
        anyStatus,
      )
      const accepted = await api.post(
        `/admin/invites/accept?token=${invited.data.invite.token}`,
        { first_name: "Baru", last_name: "Staf" },
        bearer(reg.data.token as string),
      )
      expect(accepted.status).toBe(200)
      const login = await api.post(
        "/auth/user/emailpass",
        { email: "baru@row1.test", password: "Kurasi-2026-aman" },
        anyStatus,
      )
      const fresh = { authorization: `Bearer ${login.data.token}` }
      expect((await api.get("/admin/users/me", as(fresh))).status).toBe(200)
      for (const url of ["/admin/products", "/admin/curation", "/admin/msmes", "/admin/orders", "/admin/users"]) {
        expect((await api.get(url, as(fresh))).status).toBe(403)
      }
      const listed = (await api.get("/admin/staff", as(admin.headers))).data.staff as {
        email: string
        roles: string[]
      }[]
      expect(listed.find((s) => s.email === "baru@row1.test")?.roles).toEqual([])
      expect(listed.find((s) => s.email === "mediator@row1.test")?.roles).toEqual(["mediator"])
    })

    it("row 2: /admin/msmes* is for administrators; a permit's status is set only by a permit verifier's decision", async () => {
      const container = getContainer()
      const mediator = await createStaff(container, "mediator@row2.test", ["mediator"])
      const verifier = await createStaff(container, "verifier@row2.test", ["permit_verifier"])
      const admin = await createStaff(container, "admin@row2.test", ["admin"])
      const a = await signUpSeller(api as Api, "a@row2.test", "Row Dua A")
      const permit = { type: "nib", number: "1234567890123", status: "verified" }
      for (const [method, url, body] of [
        ["post", `/admin/msmes/${a.msme.id}/permits`, permit],
        ["post", `/admin/msmes/${a.msme.id}`, { status: "active" }],
        ["post", `/admin/msmes/${a.msme.id}/sellers`, { email: "x@row2.test", password: "Rahasia-2026!", name: "X" }],
        ["get", "/admin/msmes", undefined],
      ] as const) {
        const res =
          method === "get" ? await api.get(url, as(mediator.headers)) : await api.post(url, body, as(mediator.headers))
        expect(res.status).toBe(403)
      }
      // not even an administrator records a permit as verified: it is recorded pending, for a verifier
      const withStatus = await api.post(`/admin/msmes/${a.msme.id}/permits`, permit, as(admin.headers))
      expect(withStatus.status).toBe(400)
      const recorded = await api.post(
        `/admin/msmes/${a.msme.id}/permits`,
        { type: "nib", number: "1234567890123" },
        as(admin.headers),
      )
      expect(recorded.status).toBe(201)
      const permitId = (recorded.data.permit as { id: string; status: string }).id
      expect((recorded.data.permit as { status: string }).status).toBe("pending")
      const decided = await api.post(
        `/admin/permits/${permitId}/decision`,
        { decision: "verify" },
        as(verifier.headers),
      )
      expect(decided.status).toBe(200)
      expect(decided.data.permit.status).toBe("verified")
    })

    it("row 3: permit documents are private: outside the public files, unguessable, served only to the MSME and the verifiers, never cached", async () => {
      const container = getContainer()
      const a = await signUpSeller(api as Api, "a@row3.test", "Row Tiga A")
      const b = await signUpSeller(api as Api, "b@row3.test", "Row Tiga B")
      const uploaded = await api.post("/seller/me/uploads?kind=document", pdfForm("NIB Row Tiga"), bearer(a.token))
      expect(uploaded.status).toBe(201)
      const upload = uploaded.data.upload as { id: string; url: string }
      // no public address: the upload names the authenticated route
      expect(upload.url).toBe(`/seller/me/uploads/${upload.id}/file`)
      const sellers: SellerModuleService = container.resolve(SELLER_MODULE)
      const [row] = await sellers.listSellerUploads({ id: upload.id })
      const key = (row!.file_ids as { ids: string[] }).ids[0]!
      expect(key).toMatch(/[0-9a-f]{32}-izin\.pdf$/)
      expect(key).not.toContain("row-tiga")
      expect(existsSync(join(process.cwd(), "static", key))).toBe(false)
      expect(existsSync(join(process.cwd(), "private", key))).toBe(true)
      expect((await api.get(`/static/${key}`, anyStatus)).status).toBe(404)

      const own = await api.get(upload.url, bearer(a.token))
      expect(own.status).toBe(200)
      expect(own.headers["content-type"]).toMatch(/application\/pdf/)
      expect(own.headers["cache-control"]).toBe("no-store")
      expect(String(own.data)).toContain("NIB Row Tiga")
      expect((await api.get(upload.url, bearer(b.token))).status).toBe(404)
      expect((await api.get(upload.url, anyStatus)).status).toBe(401)

      const permit = await api.post(
        "/seller/me/permits",
        { type: "nib", number: "9120001234599", document_upload_id: upload.id },
        bearer(a.token),
      )
      expect(permit.status).toBe(201)
      const verifier = await createStaff(container, "verifier@row3.test", ["permit_verifier"])
      const curator = await createStaff(container, "curator@row3.test", ["curator"])
      const queue = (await api.get("/admin/permits", as(verifier.headers))).data.permits as {
        id: string
        document_url: string
      }[]
      const listed = queue.find((p) => p.id === permit.data.permit.id)!
      expect(listed.document_url).toBe(`/admin/permits/${listed.id}/document`)
      const read = await api.get(listed.document_url, as(verifier.headers))
      expect(read.status).toBe(200)
      expect(read.headers["cache-control"]).toBe("no-store")
      expect(String(read.data)).toContain("NIB Row Tiga")
      expect((await api.get(listed.document_url, as(curator.headers))).status).toBe(403)
      expect((await api.get(listed.document_url, bearer(a.token))).status).toBe(401)
    })

    it("row 4: a second MSME given an inquiry line sees only its own offers, not the first MSME's", async () => {
      const admin = await createStaff(getContainer(), "mediator@row4.test", ["mediator"])
      const a = await signUpSeller(api as Api, "a@row4.test", "Row Empat A")
      const b = await signUpSeller(api as Api, "b@row4.test", "Row Empat B")
      const sent = await api.post(
        "/store/inquiries",
        {
          locale: "en",
          buyer: { name: "Mei Lin", email: "mei@row4.example", country: "SG" },
          items: [{ title: "Rattan baskets, 40 cm", quantity: 300, unit: "pcs" }],
          incoterm: "FOB",
          destination: "Singapore",
          currency: "USD",
          message: "Who can make these?",
        },
        {
          headers: { ...storeHeaders(seeded.setup.publishable_key), "x-forwarded-for": "198.51.100.40" },
          ...anyStatus,
        },
      )
      expect(sent.status).toBe(201)
      const inquiry = (
        (await api.get("/admin/inquiries?limit=5", as(admin.headers))).data.inquiries as {
          id: string
          items: { id: string }[]
        }[]
      )[0]!
      const line = inquiry.items[0]!.id
      const give = (msme: string) =>
        api.post(`/admin/inquiries/${inquiry.id}/lines/${line}`, { msme_id: msme }, as(admin.headers))
      expect((await give(a.msme.id)).status).toBe(200)
      const offer = { item_id: line, unit_price: 7.25, currency: "USD", capacity_per_month: 500, lead_time_days: 14 }
      expect((await api.post(`/seller/me/inquiries/${inquiry.id}/offers`, offer, bearer(a.token))).status).toBe(201)
      // staff enter an offer for A too (by phone): it is A's
      expect(
        (await api.post(`/admin/inquiries/${inquiry.id}/offers`, { ...offer, unit_price: 7.1 }, as(admin.headers)))
          .status,
      ).toBe(201)

      expect((await give(b.msme.id)).status).toBe(200)
      const seenByB = (await api.get("/seller/me/inquiries", bearer(b.token))).data.inquiries as {
        items: { id: string; offers: unknown[] }[]
      }[]
      expect(seenByB[0]!.items[0]!.id).toBe(line)
      expect(seenByB[0]!.items[0]!.offers).toEqual([])
      expect(JSON.stringify(seenByB)).not.toContain("7.25")
      // B's own offer is B's to see
      expect(
        (await api.post(`/seller/me/inquiries/${inquiry.id}/offers`, { ...offer, unit_price: 6.9 }, bearer(b.token)))
          .status,
      ).toBe(201)
      const again = (await api.get("/seller/me/inquiries", bearer(b.token))).data.inquiries as {
        items: { offers: { unit_price: number }[] }[]
      }[]
      expect(again[0]!.items[0]!.offers.map((o) => Number(o.unit_price))).toEqual([6.9])
      // staff still see every offer
      const detail = await api.get(`/admin/inquiries/${inquiry.id}`, as(admin.headers))
      expect(detail.data.inquiry.items[0].offers).toHaveLength(3)
    })

    it("row 8: permit documents are uploads of the MSME's own, never links; staff links are https only", async () => {
      const admin = await createStaff(getContainer(), "admin@row8.test", ["admin"])
      const a = await signUpSeller(api as Api, "a@row8.test", "Row Delapan A")
      for (const document_url of ["javascript:alert(1)", "https://evil.example/nib.pdf"]) {
        const res = await api.post(
          "/seller/me/permits",
          { type: "nib", number: "9120001234511", document_url },
          bearer(a.token),
        )
        expect(res.status).toBe(400)
      }
      for (const document_url of ["javascript:alert(1)", "http://arsip.example/nib.pdf", "data:text/html,x"]) {
        const res = await api.post(
          `/admin/msmes/${a.msme.id}/permits`,
          { type: "nib", number: "9120001234511", document_url },
          as(admin.headers),
        )
        expect(res.status).toBe(400)
        expect(String(res.data.message)).toMatch(/https/)
      }
      const ok = await api.post(
        `/admin/msmes/${a.msme.id}/permits`,
        { type: "nib", number: "9120001234511", document_url: "https://arsip.example/nib.pdf" },
        as(admin.headers),
      )
      expect(ok.status).toBe(201)
    })

    it("row 9: every actor's password follows the rule, and failed sign-ins are throttled per address and per account", async () => {
      for (const actor of ["seller", "customer", "user"]) {
        for (const [password, email] of [
          ["a", "x@row9.test"],
          ["123456789", "x@row9.test"],
          ["password123", "x@row9.test"],
          ["aaaaaaaaaaaaa", "x@row9.test"],
          ["susilawati2026!", "susilawati@row9.test"],
        ]) {
          const res = await api.post(`/auth/${actor}/emailpass/register`, { email, password }, anyStatus)
          expect(res.status).toBe(400)
          expect(res.data.code).toBe("weak_password")
        }
      }
      const admin = await createStaff(getContainer(), "admin@row9.test", ["admin"])
      const a = await signUpSeller(api as Api, "a@row9.test", "Row Sembilan A")
      const staffAssisted = await api.post(
        `/admin/msmes/${a.msme.id}/sellers`,
        { email: "b@row9.test", name: "B", password: "1234567890" },
        as(admin.headers),
      )
      expect(staffAssisted.status).toBe(400)

      // per account: ten wrong passwords from anywhere, then 429 with Retry-After, even with the right one
      const wrong = (email: string, ip: string) =>
        api.post(
          "/auth/seller/emailpass",
          { email, password: "salah-salah-salah" },
          { headers: { "x-forwarded-for": ip }, ...anyStatus },
        )
      for (let i = 0; i < 10; i++) expect((await wrong("a@row9.test", `203.0.113.${i + 1}`)).status).toBe(401)
      const locked = await api.post(
        "/auth/seller/emailpass",
        { email: "a@row9.test", password: "Rahasia-2026!" },
        { headers: { "x-forwarded-for": "203.0.113.99" }, ...anyStatus },
      )
      expect(locked.status).toBe(429)
      expect(Number(locked.headers["retry-after"])).toBeGreaterThan(0)
      expect(String(locked.data.message)).toMatch(/Too many failed sign-ins/)
      // per address: one address guessing many accounts
      for (let i = 0; i < 30; i++) await wrong(`orang${i}@row9.test`, "198.51.100.9")
      expect((await wrong("lain@row9.test", "198.51.100.9")).status).toBe(429)
      // staff sign-ins are throttled too; a correct sign-in elsewhere is not slowed
      for (let i = 0; i < 10; i++) {
        await api.post("/auth/user/emailpass", { email: "admin@row9.test", password: "nope-nope-nope" }, anyStatus)
      }
      expect(
        (await api.post("/auth/user/emailpass", { email: "admin@row9.test", password: "x" }, anyStatus)).status,
      ).toBe(429)
      expect(
        (
          await api.post(
            "/auth/customer/emailpass/register",
            { email: "c@row9.test", password: "Batik-Trusmi-2026" },
            anyStatus,
          )
        ).status,
      ).toBe(200)
    })

    it("rows 11 and 12: the inquiry token API is never cached; Medusa's default publishable key is gone, every key sees the gallery", async () => {
      const keys = await getContainer().resolve(Modules.API_KEY).listApiKeys({ type: "publishable" })
      expect(keys.map((k) => k.title)).toEqual(["Galeri Caruban storefront"])
      for (const key of keys) {
        const products = await api.get("/store/products?limit=1", { headers: storeHeaders(key.token), ...anyStatus })
        expect(products.data.count).toBeGreaterThan(0)
      }
      const headers = { ...storeHeaders(seeded.setup.publishable_key), "x-forwarded-for": "198.51.100.111" }
      const sent = await api.post(
        "/store/inquiries",
        {
          locale: "id",
          buyer: { name: "Siti", email: "siti@row11.example", country: "MY" },
          items: [{ title: "Keranjang rotan", quantity: 100, unit: "pcs" }],
          incoterm: "FOB",
          destination: "Port Klang",
          currency: "USD",
          message: "Berapa harganya?",
        },
        { headers, ...anyStatus },
      )
      expect(sent.status).toBe(201)
      expect(sent.headers["cache-control"]).toBe("no-store")
      const page = await api.get(`/store/inquiries/${sent.data.inquiry.token}`, { headers, ...anyStatus })
      expect(page.status).toBe(200)
      expect(page.headers["cache-control"]).toBe("no-store")
      const unknown = await api.get("/store/inquiries/not-a-token", { headers, ...anyStatus })
      expect(unknown.headers["cache-control"]).toBe("no-store")
    })

    it("row 6: uploads have a per-seller rate and a per-MSME quota, smaller while the MSME is pending, refused before the file is read", async () => {
      const container = getContainer()
      const a = await signUpSeller(api as Api, "a@row6.test", "Row Enam A")
      const junk = () => {
        const data = new FormData()
        data.append("file", new Blob([new Uint8Array(Buffer.from("not a photo"))], { type: "image/jpeg" }), "x.jpg")
        return data
      }
      // a pending MSME: 12 files per 10 minutes (each refused as not a photo, but counted), then 429
      for (let i = 0; i < 12; i++)
        expect((await api.post("/seller/me/uploads", junk(), bearer(a.token))).status).toBe(400)
      const limited = await api.post("/seller/me/uploads", junk(), bearer(a.token))
      expect(limited.status).toBe(429)
      expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0)
      expect(String(limited.data.message)).toMatch(/while the gallery reviews your MSME/)

      // the quota: 60 MB while pending, counted from what is stored plus what is being sent
      const b = await signUpSeller(api as Api, "b@row6.test", "Row Enam B")
      const sellers: SellerModuleService = container.resolve(SELLER_MODULE)
      await sellers.createSellerUploads({
        msme_id: b.msme.id,
        uploaded_by: "seller_x",
        kind: "photo",
        mime_type: "image/jpeg",
        size_bytes: 59 * 1024 * 1024,
        url: "https://files.example/x.jpg",
        file_ids: { ids: [] },
        image: null,
      })
      const photo = new FormData()
      photo.append(
        "file",
        new Blob([new Uint8Array(Buffer.alloc(2 * 1024 * 1024, 7))], { type: "image/jpeg" }),
        "besar.jpg",
      )
      const over = await api.post("/seller/me/uploads", photo, bearer(b.token))
      expect(over.status).toBe(413)
      expect(over.data.code).toBe("storage_quota")
      expect(String(over.data.message)).toMatch(/60 MB/)
      // once the gallery activates the MSME, the allowance is the active one
      const msmes: MsmeModuleService = container.resolve(MSME_MODULE)
      await msmes.updateMsmes({ id: b.msme.id, status: "active" })
      const after = await api.post("/seller/me/uploads", photo, bearer(b.token))
      expect(after.status).toBe(400) // now read, and refused only as not being a photo
      // a suspended MSME uploads nothing
      await msmes.updateMsmes({ id: b.msme.id, status: "suspended" })
      expect((await api.post("/seller/me/uploads", junk(), bearer(b.token))).status).toBe(403)
    })

    it("row 3, rollback: a stored document whose record cannot be written is deleted again (no orphaned private file)", async () => {
      const { readdirSync } = await import("node:fs")
      const privateDir = join(process.cwd(), "private")
      const before = existsSync(privateDir) ? new Set(readdirSync(privateDir)) : new Set<string>()
      const input = (msme: string | null) => ({
        msme_id: msme as string,
        uploaded_by: "seller_X",
        kind: "document" as const,
        mime_type: "application/pdf",
        size_bytes: 20,
        files: [privateFile({ tail: "izin.pdf", mimeType: "application/pdf", data: Buffer.from("%PDF-1.4\n%%EOF") })],
        image: null,
      })
      // the control: a document that is recorded stays
      await storeSellerUploadWorkflow(getContainer()).run({ input: input("msme_X") })
      const kept = readdirSync(privateDir).filter((f) => !before.has(f))
      expect(kept).toHaveLength(1)
      // a record without its MSME cannot be written: the insert fails after the file was stored
      // (Medusa rejects with the workflow's error record, not an Error)
      const failed = await storeSellerUploadWorkflow(getContainer())
        .run({ input: input(null) })
        .then(
          () => false,
          () => true,
        )
      expect(failed).toBe(true)
      expect(readdirSync(privateDir).filter((f) => !before.has(f))).toEqual(kept)
    })
  },
})
