import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import ExcelJS from "exceljs"
import { type SeedResult, seedGallery } from "../../src/lib/seed"
import { COLUMNS, T } from "../../src/modules/office/tables"
import { createStaff, storeHeaders } from "../helpers/admin"
import { anyStatus } from "../helpers/seller"

jest.setTimeout(300_000)

type Row = {
  id: string
  name: string
  kecamatan: string
  sector: string
  status: string
  nib: string | null
  verified: string[]
  sellers: number
  products_live: number
  export_ready: boolean
  created_at: string
}

const VERIFIED = "p.status = 'verified' and (p.expires_at is null or p.expires_at > now()) and p.deleted_at is null"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: SeedResult
    beforeAll(async () => {
      seeded = await seedGallery(getContainer())
    })
    const sql = async (text: string, bindings: unknown[] = []) =>
      (
        await getContainer()
          .resolve(ContainerRegistrationKeys.PG_CONNECTION)
          .raw(text, bindings as never)
      ).rows as {
        n: number
      }[]
    const count = async (text: string, bindings: unknown[] = []) => Number((await sql(text, bindings))[0]!.n)
    let staff: Record<string, Awaited<ReturnType<typeof createStaff>>> = {}
    beforeEach(() => {
      staff = {}
    })
    const as = async (role: "admin" | "officer" | "facilitator" | "mediator") => {
      staff[role] ??= await createStaff(getContainer(), `${role}@kantor.test`, [role])
      return { headers: staff[role]!.headers, ...anyStatus }
    }
    const registry = async (query: string) => {
      const res = await api.get(`/admin/msmes?${query}`, await as("officer"))
      expect(res.status).toBe(200)
      return res.data as { msmes: Row[]; count: number }
    }

    it("reads every table and column the office's reports name (a Medusa rename fails here)", async () => {
      for (const [table, columns] of Object.entries(COLUMNS)) {
        const found = (await sql(
          "select column_name as n from information_schema.columns where table_schema = 'public' and table_name = ?",
          [table],
        )) as unknown as { n: string }[]
        expect({ table, missing: columns.filter((c) => !found.some((f) => f.n === c)) }).toEqual({ table, missing: [] })
      }
    })

    it("filters, counts and orders the registry in the database, each figure as SQL counts it", async () => {
      const all = await registry("limit=100")
      expect(all.count).toBe(await count(`select count(*)::int as n from ${T.msme} where deleted_at is null`))
      expect(all.msmes.map((m) => m.name)).toEqual(
        [...all.msmes.map((m) => m.name)].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())),
      )

      const cases: [string, string, unknown[]][] = [
        ["kecamatan=Plered", "m.kecamatan = 'Plered'", []],
        ["sector=culinary&status=active", "m.sector = 'culinary' and m.status = 'active'", []],
        [
          "verified=nib",
          `exists (select 1 from ${T.permit} p where p.msme_id = m.id and p.type = 'nib' and ${VERIFIED})`,
          [],
        ],
        [
          "sector=culinary&missing=halal",
          `m.sector = 'culinary' and not exists (select 1 from ${T.permit} p where p.msme_id = m.id and p.type = 'halal' and ${VERIFIED})`,
          [],
        ],
        [
          "live=yes",
          `exists (select 1 from ${T.msmeProduct} l join product p on p.id = l.product_id and p.status = 'published' and p.deleted_at is null where l.msme_id = m.id and l.deleted_at is null)`,
          [],
        ],
        [
          "export_ready=yes",
          `exists (select 1 from ${T.msmeProduct} l join ${T.productProfile} pp on pp.product_id = l.product_id and pp.deleted_at is null join ${T.profile} pr on pr.id = pp.msme_product_profile_id and pr.export_ready where l.msme_id = m.id and l.deleted_at is null)`,
          [],
        ],
        [
          "online=none",
          `not exists (select 1 from ${T.msmeSeller} l where l.msme_id = m.id and l.deleted_at is null)`,
          [],
        ],
      ]
      for (const [query, where, bindings] of cases) {
        const page = await registry(`${query}&limit=100`)
        const expected = await count(
          `select count(*)::int as n from ${T.msme} m where m.deleted_at is null and ${where}`,
          bindings,
        )
        expect({ query, count: page.count, rows: page.msmes.length }).toEqual({
          query,
          count: expected,
          rows: expected,
        })
        expect(expected).toBeGreaterThan(0)
      }
      // the verified-NIB rows carry their NIB; a search by part of it finds that MSME
      const withNib = (await registry("verified=nib&limit=100")).msmes
      expect(withNib.every((m) => m.nib && m.verified.includes("nib"))).toBe(true)
      const found = await registry(`q=${withNib[0]!.nib!.slice(-6)}`)
      expect(found.msmes.map((m) => m.id)).toContain(withNib[0]!.id)

      // pages follow the same order as the whole list, and the count is the whole list's
      const first = await registry("sort=kecamatan&limit=10&offset=0")
      const second = await registry("sort=kecamatan&limit=10&offset=10")
      const whole = await registry("sort=kecamatan&limit=20")
      expect([...first.msmes, ...second.msmes].map((m) => m.id)).toEqual(whole.msmes.map((m) => m.id))
      expect(first.count).toBe(all.count)
      const byLive = (await registry("sort=-products_live&limit=100")).msmes.map((m) => m.products_live)
      expect(byLive).toEqual([...byLive].sort((a, b) => b - a))

      // bad filters are a 400 that names them
      const bad = await api.get("/admin/msmes?kecamatan=Kota%20Cirebon&verified=siup", await as("officer"))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/for field 'kecamatan', but got: 'Kota Cirebon'/)
      expect(bad.data.message).toMatch(/unknown permit siup: permits are some of nib, npwp/)
    })

    it("exports the current filter as XLSX and CSV, headers in the staff member's language", async () => {
      const filtered = await registry("sector=craft&limit=100")
      const xlsx = await api.get("/admin/msmes/export?sector=craft&format=xlsx", {
        ...(await as("officer")),
        responseType: "arraybuffer",
      })
      expect(xlsx.status).toBe(200)
      expect(xlsx.headers["content-type"]).toContain("spreadsheetml")
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(Buffer.from(xlsx.data as ArrayBuffer) as never)
      const sheet = workbook.worksheets[0]!
      expect(sheet.getRow(1).getCell(1).value).toBe("Nama usaha")
      expect(sheet.actualRowCount - 1).toBe(filtered.count)
      const names = new Set<string>()
      sheet.eachRow((row, i) => {
        if (i > 1) names.add(String(row.getCell(1).value))
      })
      expect(names).toEqual(new Set(filtered.msmes.map((m) => m.name)))

      const csv = await api.get("/admin/msmes/export?sector=craft&format=csv&lang=en", await as("officer"))
      expect(csv.status).toBe(200)
      const lines = String(csv.data)
        .replace(/^\uFEFF/, "")
        .trim()
        .split(/\r?\n/)
      expect(lines[0]).toMatch(/^Business name,Owner,NIB/)
      expect(lines).toHaveLength(filtered.count + 1)
    })

    it("activates and suspends with a reason kept in the history, its products following; roles hold", async () => {
      const { msmes } = await registry("status=active&live=yes&limit=1")
      const msme = msmes[0]!
      const admin = await as("admin")
      // the status changes only with its reason, through its own route
      const direct = await api.post(`/admin/msmes/${msme.id}`, { status: "suspended" }, admin)
      expect(direct.status).toBe(400)
      expect(direct.data.message).toMatch(/POST \/admin\/msmes\/:id\/status, giving the reason/)
      expect((await api.post(`/admin/msmes/${msme.id}/status`, { status: "suspended" }, admin)).status).toBe(400)
      // officers and facilitators read; they change nothing
      for (const role of ["officer", "facilitator"] as const) {
        const who = await as(role)
        expect((await api.get(`/admin/msmes/${msme.id}`, who)).status).toBe(200)
        expect(
          (await api.post(`/admin/msmes/${msme.id}/status`, { status: "suspended", reason: "x" }, who)).status,
        ).toBe(403)
      }
      expect((await api.get("/admin/msmes", await as("mediator"))).status).toBe(403)

      const suspended = await api.post(
        `/admin/msmes/${msme.id}/status`,
        { status: "suspended", reason: "Izin edar dicabut, menunggu perbaikan" },
        admin,
      )
      expect(suspended.status).toBe(200)
      expect(suspended.data.msme.status).toBe("suspended")
      expect(
        (await api.post(`/admin/msmes/${msme.id}/status`, { status: "suspended", reason: "again" }, admin)).data
          .message,
      ).toMatch(/suspended already/)
      const page = (await api.get(`/admin/msmes/${msme.id}`, admin)).data as {
        products: { handle: string; status: string }[]
        history: { from_status: string | null; to_status: string; reason: string | null; actor_id: string | null }[]
      }
      expect(page.history[0]).toMatchObject({
        from_status: "active",
        to_status: "suspended",
        reason: "Izin edar dicabut, menunggu perbaikan",
        actor_id: staff.admin!.user.id,
      })
      expect(page.history.at(-1)).toMatchObject({ from_status: null, to_status: "active" })
      expect(page.products.every((p) => p.status !== "published")).toBe(true)
      const handle = page.products[0]!.handle
      const store = { headers: storeHeaders(seeded.setup.publishable_key), ...anyStatus }
      expect((await api.get(`/store/products?handle=${handle}`, store)).data.products).toHaveLength(0)

      await api.post(`/admin/msmes/${msme.id}/status`, { status: "active", reason: "Izin sudah diperbaiki" }, admin)
      expect((await api.get(`/store/products?handle=${handle}`, store)).data.products).toHaveLength(1)
      expect((await registry(`q=${encodeURIComponent(msme.name)}`)).msmes[0]!.products_live).toBe(msme.products_live)
    })

    it("shows an MSME's monthly turnover from its order lines (cancelled orders left out)", async () => {
      const container = getContainer()
      const { msmes } = await registry("live=yes&limit=1")
      const msme = msmes[0]!
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "msme",
        fields: ["products.id", "products.title", "products.variants.id"],
        filters: { id: msme.id },
      })
      const product = (data[0] as unknown as { products: { id: string; title: string; variants: { id: string }[] }[] })
        .products[0]!
      const orders = container.resolve(Modules.ORDER)
      const line = (quantity: number) => ({
        title: product.title,
        product_id: product.id,
        variant_id: product.variants[0]!.id,
        quantity,
        unit_price: 125_000,
      })
      await orders.createOrders([
        {
          currency_code: "idr",
          email: "a@beli.test",
          region_id: Object.values(seeded.setup.region_ids)[0],
          items: [line(2)],
        },
        {
          currency_code: "idr",
          email: "b@beli.test",
          region_id: Object.values(seeded.setup.region_ids)[0],
          items: [line(1)],
        },
      ])
      const [cancelled] = await orders.createOrders([
        {
          currency_code: "idr",
          email: "c@beli.test",
          region_id: Object.values(seeded.setup.region_ids)[0],
          items: [line(5)],
        },
      ])
      await orders.cancel(cancelled!.id)
      const page = (await api.get(`/admin/msmes/${msme.id}`, await as("officer"))).data as {
        turnover: { month: string; currency: string; orders: number; quantity: number; amount: number }[]
        orders: { title: string; quantity: number }[]
      }
      const month = new Date().toISOString().slice(0, 7)
      expect(page.turnover).toContainEqual({ month, currency: "idr", orders: 2, quantity: 3, amount: 375_000 })
      expect(page.orders).toHaveLength(2)
    })
  },
})
