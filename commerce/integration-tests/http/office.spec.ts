import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import ExcelJS from "exceljs"
import { type SeedResult, seedGallery } from "../../src/lib/seed"
import { LEDGER_MODULE } from "../../src/modules/ledger"
import type LedgerModuleService from "../../src/modules/ledger/service"
import { exportReadiness, readinessBand } from "../../src/modules/msme/export-readiness"
import { readinessFacts } from "../../src/modules/office/readiness-facts"
import { COLUMNS, T } from "../../src/modules/office/tables"
import { recordOrderSalesWorkflow } from "../../src/workflows/office/record-order-sales"
import { createStaff, storeHeaders } from "../helpers/admin"
import { type Api, anyStatus, bearer, signUpSeller } from "../helpers/seller"

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
    const as = async (role: "admin" | "officer" | "facilitator" | "mediator" | "permit_verifier") => {
      staff[role] ??= await createStaff(getContainer(), `${role}@kantor.test`, [role])
      return { headers: staff[role]!.headers, ...anyStatus }
    }
    const registry = async (query: string) => {
      const res = await api.get(`/admin/msmes?${query}`, await as("officer"))
      expect(res.status).toBe(200)
      return res.data as { msmes: Row[]; count: number }
    }

    /** Emits order events as Medusa's order workflows do, then waits (up to 10 s) until `done` holds. */
    const emitOrders = async (name: string, ids: string[], done: () => Promise<boolean>) => {
      await getContainer()
        .resolve(Modules.EVENT_BUS)
        .emit(ids.map((id) => ({ name, data: { id } })))
      for (let i = 0; i < 100 && !(await done()); i++) await new Promise((r) => setTimeout(r, 100))
      expect(await done()).toBe(true)
    }
    const saleRows = (ids: string[]) => count(`select count(*)::int as n from ${T.sale} where order_id = any(?)`, [ids])
    const placeOrders = (ids: string[]) =>
      emitOrders("order.placed", ids, async () => (await saleRows(ids)) === ids.length)

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

    it("opens facilitation cases in bulk, moves them on, closes them when the permit is verified; the MSME sees them", async () => {
      const lacking = await count(
        `select count(*)::int as n from ${T.msme} m where m.deleted_at is null and m.sector = 'culinary' and m.status = 'active'
           and not exists (select 1 from ${T.permit} p where p.msme_id = m.id and p.type = 'halal' and ${VERIFIED})`,
      )
      expect(lacking).toBeGreaterThan(0)
      const body = {
        permit_type: "halal",
        filter: { sector: "culinary", status: "active" },
        next_step: "Daftar SIHALAL",
      }
      expect((await api.post("/admin/facilitation", body, await as("officer"))).status).toBe(403)
      const opened = await api.post("/admin/facilitation", body, await as("facilitator"))
      expect(opened.status).toBe(201)
      expect(opened.data).toEqual({ opened: lacking, already_open: 0, matched: lacking })
      // the same again opens nothing: one open case per MSME and permit
      expect((await api.post("/admin/facilitation", body, await as("facilitator"))).data).toEqual({
        opened: 0,
        already_open: lacking,
        matched: lacking,
      })
      const queue = await api.get("/admin/facilitation?permit_type=halal", await as("officer"))
      expect(queue.status).toBe(200)
      expect(queue.data.count).toBe(lacking)
      const first = queue.data.cases[0] as { id: string; status: string; msme: { id: string } }
      expect(first.status).toBe("identified")

      const facilitator = await as("facilitator")
      const moved = await api.post(
        `/admin/facilitation/${first.id}`,
        {
          status: "in_progress",
          next_step: "Pendamping PPH menjadwalkan kunjungan",
          due_date: "2027-01-15",
          note: "Sudah ditelepon",
        },
        facilitator,
      )
      expect(moved.status).toBe(200)
      expect(moved.data.case.history.entries.map((e: { kind: string }) => e.kind)).toEqual([
        "opened",
        "status",
        "next_step",
        "note",
      ])
      expect(
        (await api.post(`/admin/facilitation/${first.id}`, { status: "identified" }, facilitator)).data.message,
      ).toMatch(/A case that is in_progress cannot become identified/)
      expect((await api.get("/admin/facilitation?overdue=yes", facilitator)).data.count).toBe(0)

      // the permit arrives and a verifier verifies it: the case closes itself as issued
      // (the halal certificate waiting for a verifier, or one recorded now)
      const waiting = (await sql(
        `select id as n from ${T.permit} where msme_id = ? and type = 'halal' and status = 'pending' and deleted_at is null`,
        [first.msme.id],
      )) as unknown as { n: string }[]
      let permitId = waiting[0]?.n
      if (!permitId) {
        const recorded = await api.post(
          `/admin/msmes/${first.msme.id}/permits`,
          { type: "halal", number: "ID32110000999990223" },
          await as("admin"),
        )
        expect(recorded.status).toBe(201)
        permitId = recorded.data.permit.id as string
      }
      const verified = await api.post(
        `/admin/permits/${permitId}/decision`,
        { decision: "verify" },
        await as("permit_verifier"),
      )
      expect(verified.status).toBe(200)
      const closed = (await api.get("/admin/facilitation?state=closed", facilitator)).data.cases as {
        id: string
        status: string
        closed_at: string | null
      }[]
      expect(closed.find((c) => c.id === first.id)).toMatchObject({ status: "issued", closed_at: expect.any(String) })
      expect((await api.post(`/admin/facilitation/${first.id}`, { note: "x" }, facilitator)).data.message).toMatch(
        /This case is issued: open a new one instead/,
      )

      // an MSME that signed up without NIB: a case opened for it shows in /mitra with its next step
      const seller = await signUpSeller(api as Api, "fasilitasi@mitra.test", "Batik Fasilitasi")
      await api.post(
        "/admin/facilitation",
        { permit_type: "nib", filter: { q: "Batik Fasilitasi" }, next_step: "Datang ke Mal Pelayanan Publik, Selasa" },
        facilitator,
      )
      // its export readiness says the office is helping with the NIB
      const readiness = await api.get("/seller/me/readiness", bearer(seller.token))
      expect(readiness.status).toBe(200)
      const sg = (
        readiness.data.markets as { market: string; score: number; steps: { key: string; case_open: boolean }[] }[]
      ).find((m) => m.market === "sg")!
      expect(sg.steps[0]).toMatchObject({ key: "nib", case_open: true })
      const page = (await api.get(`/admin/msmes/${seller.msme.id}`, await as("officer"))).data
      expect(page.readiness.map((r: { market: string }) => r.market)).toEqual(["sg", "my", "me"])
      expect((await registry(`q=${encodeURIComponent("Batik Fasilitasi")}`)).msmes[0]).toMatchObject({
        readiness: { sg: sg.score },
      })
      const own = await api.get("/seller/me/facilitation", bearer(seller.token))
      expect(own.status).toBe(200)
      expect(own.data.cases).toEqual([
        expect.objectContaining({
          permit_type: "nib",
          status: "identified",
          next_step: "Datang ke Mal Pelayanan Publik, Selasa",
          route: expect.objectContaining({ id: expect.stringContaining("OSS") }),
        }),
      ])
    })

    it("reports every target indicator as a direct SQL count says, with targets, filters and exports", async () => {
      const container = getContainer()
      const year = new Date().getFullYear()
      // orders of a facilitated MSME this year (its turnover counts), and of another (it does not)
      const { msmes } = await registry("live=yes&limit=2")
      const [helped, other] = msmes
      await api.post(
        "/admin/facilitation",
        { permit_type: "nib", filter: { q: helped!.name } },
        await as("facilitator"),
      )
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const productOf = async (msmeId: string) => {
        const { data } = await query.graph({
          entity: "msme",
          fields: ["products.id", "products.title"],
          filters: { id: msmeId },
        })
        return (data[0] as unknown as { products: { id: string; title: string }[] }).products[0]!
      }
      const region = Object.values(seeded.setup.region_ids)[0]
      const orders = container.resolve(Modules.ORDER)
      const placed: string[] = []
      for (const [msme, qty] of [
        [helped!, 3],
        [other!, 4],
      ] as const) {
        const product = await productOf(msme.id)
        const order = await orders.createOrders({
          currency_code: "idr",
          email: "dash@beli.test",
          region_id: region,
          items: [{ title: product.title, product_id: product.id, quantity: qty, unit_price: 100_000 }],
        })
        placed.push(order.id)
      }
      // as checkout does: the order.placed event brings the office's sales read model up to date
      await placeOrders(placed)
      // and, once paid, the ledger books each line's sale: the turnover the targets read
      const ledger = container.resolve(LEDGER_MODULE) as LedgerModuleService
      for (const id of placed) await ledger.bookSales(id, new Date())
      const res = await api.get(`/admin/office/dashboard?year=${year}`, await as("officer"))
      expect(res.status).toBe(200)
      const value = (key: string) =>
        (res.data.indicators as { key: string; value: number | null }[]).find((i) => i.key === key)!.value
      const n = (text: string) => count(text)
      const registered = await n(`select count(*)::int as n from ${T.msme} where deleted_at is null`)
      const culinary = await n(
        `select count(*)::int as n from ${T.msme} where deleted_at is null and sector = 'culinary'`,
      )
      const withPermit = (types: string, sector = "") =>
        n(`select count(distinct m.id)::int as n from ${T.msme} m join ${T.permit} p on p.msme_id = m.id
            where m.deleted_at is null ${sector} and p.type in (${types}) and ${VERIFIED}`)
      const pct = (a: number, b: number) => Math.round((1000 * a) / b) / 10
      expect(value("msmes_registered")).toBe(registered)
      expect(value("msmes_active")).toBe(
        await n(`select count(*)::int as n from ${T.msme} where deleted_at is null and status = 'active'`),
      )
      expect(value("msmes_online")).toBe(
        await n(
          `select count(distinct l.msme_id)::int as n from ${T.msmeSeller} l join seller s on s.id = l.seller_id where l.deleted_at is null and s.deleted_at is null`,
        ),
      )
      expect(value("share_nib")).toBe(pct(await withPermit("'nib'"), registered))
      expect(value("share_halal")).toBe(pct(await withPermit("'halal'", "and m.sector = 'culinary'"), culinary))
      expect(value("share_pirt")).toBe(
        pct(await withPermit("'pirt', 'bpom_md'", "and m.sector = 'culinary'"), culinary),
      )
      expect(value("new_msmes")).toBe(
        await n(
          `select count(*)::int as n from ${T.msme} where deleted_at is null and extract(year from created_at) = ${year}`,
        ),
      )
      expect(value("products_digitalised")).toBe(
        await n(`select count(*)::int as n from product p join ${T.msmeProduct} mp on mp.product_id = p.id and mp.deleted_at is null
          where p.status = 'published' and p.deleted_at is null
            and exists (select 1 from image i where i.product_id = p.id and i.deleted_at is null)
            and exists (select 1 from translation t where t.reference_id = p.id and t.locale_code like 'en%' and t.deleted_at is null)`),
      )
      expect(value("products_flagship")).toBe(
        await n(`select count(*)::int as n from product p join product_collection c on c.id = p.collection_id
          join ${T.msmeProduct} mp on mp.product_id = p.id and mp.deleted_at is null
          where p.status = 'published' and p.deleted_at is null and c.handle like 'featured-%'`),
      )
      expect(value("products_flagship")).toBeGreaterThan(0)
      // only the facilitated MSME's paid lines: 3 x Rp 100,000
      expect(value("turnover_facilitated")).toBe(300_000)
      const month = res.data.series.months.find(
        (m: { month: string }) => m.month === new Date().toISOString().slice(0, 7),
      )
      expect(month.turnover).toBe(300_000)
      expect(month.turnover_previous).toBe(0)
      expect(res.data.series.months).toHaveLength(12)
      expect(value("export_inquiries")).toBe(
        await n(
          `select count(*)::int as n from export_inquiry where deleted_at is null and extract(year from created_at) = ${year}`,
        ),
      )
      const curation = (
        await sql(
          `select percentile_cont(0.5) within group (order by extract(epoch from (decided_at - submitted_at)) / 86400) as n
           from product_curation where deleted_at is null and submitted_at is not null and decided_at >= submitted_at
            and extract(year from decided_at) = ${year}`,
        )
      )[0]!.n as unknown as number | null
      expect(value("curation_median_days")).toBe(curation === null ? null : Math.round(Number(curation) * 10) / 10)

      // a kecamatan's figures are that kecamatan's
      const plered = await api.get(`/admin/office/dashboard?year=${year}&kecamatan=Plered`, await as("officer"))
      expect(plered.data.indicators.find((i: { key: string }) => i.key === "msmes_registered").value).toBe(
        await n(`select count(*)::int as n from ${T.msme} where deleted_at is null and kecamatan = 'Plered'`),
      )

      // targets: administrators set them, officers read the progress
      const targets = { year, targets: { msmes_registered: registered * 2, share_nib: 80 } }
      expect((await api.post("/admin/office/targets", targets, await as("officer"))).status).toBe(403)
      expect((await api.post("/admin/office/targets", targets, await as("admin"))).status).toBe(200)
      const withTargets = (await api.get(`/admin/office/dashboard?year=${year}`, await as("officer"))).data
        .indicators as {
        key: string
        target: number | null
        progress: number | null
      }[]
      expect(withTargets.find((i) => i.key === "msmes_registered")).toMatchObject({
        target: registered * 2,
        progress: 50,
      })
      expect((await api.post("/admin/office/targets", { year, targets: { omzet: 1 } }, await as("admin"))).status).toBe(
        400,
      )

      // exports: XLSX with the indicators, a printable PDF
      const xlsx = await api.get(`/admin/office/dashboard/export?year=${year}&format=xlsx`, {
        ...(await as("officer")),
        responseType: "arraybuffer",
      })
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(Buffer.from(xlsx.data as ArrayBuffer) as never)
      const sheet = workbook.worksheets[0]!
      expect(sheet.getRow(3).getCell(1).value).toBe("UMKM terdaftar")
      expect(sheet.getRow(3).getCell(2).value).toBe(registered)
      const pdf = await api.get(`/admin/office/dashboard/export?year=${year}&format=pdf&lang=en&month=12`, {
        ...(await as("officer")),
        responseType: "arraybuffer",
      })
      expect(pdf.headers["content-type"]).toBe("application/pdf")
      const bytes = Buffer.from(pdf.data as ArrayBuffer)
      expect(bytes.subarray(0, 5).toString()).toBe("%PDF-")
      expect(bytes.length).toBeGreaterThan(2000)
    })

    it("keeps the office's sales read model from order events: once per order, cancellations, other currencies, rebuilt the same", async () => {
      const container = getContainer()
      const { msmes } = await registry("live=yes&limit=1")
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "msme",
        fields: ["products.id", "products.title"],
        filters: { id: msmes[0]!.id },
      })
      const product = (data[0] as unknown as { products: { id: string; title: string }[] }).products[0]!
      const region = Object.values(seeded.setup.region_ids)[0]
      const orders = container.resolve(Modules.ORDER)
      const line = (quantity: number, unit_price: number) => ({
        title: product.title,
        product_id: product.id,
        quantity,
        unit_price,
      })
      // createOrders does not keep the input's order: each order is found again by its buyer
      const created = await orders.createOrders([
        { currency_code: "idr", email: "a@beli.test", region_id: region, items: [line(2, 50_000), line(3, 50_000)] },
        { currency_code: "usd", email: "b@beli.test", region_id: region, items: [line(1, 10)] },
        {
          currency_code: "idr",
          email: "c@beli.test",
          region_id: region,
          items: [{ title: "Bukan produk galeri", quantity: 1, unit_price: 5_000 }],
        },
      ])
      const [idr, usd, unlinked] = ["a@beli.test", "b@beli.test", "c@beli.test"].map((email) =>
        created.find((o) => o.email === email),
      )
      const ids = [idr!.id, usd!.id, unlinked!.id]
      await emitOrders("order.placed", ids, async () => (await saleRows(ids)) === 2)
      const rows = async () =>
        (
          await sql(
            `select order_id, msme_id, currency_code, amount::float as amount, amount_idr::float as amount_idr, quantity::float as quantity
               from ${T.sale} where order_id = any(?) order by currency_code`,
            [ids],
          )
        ).map((r) => ({ ...r })) as unknown as Record<string, string | number>[]
      expect(await rows()).toEqual([
        {
          order_id: idr!.id,
          msme_id: msmes[0]!.id,
          currency_code: "idr",
          amount: 250_000,
          amount_idr: 250_000,
          quantity: 5,
        },
        {
          order_id: usd!.id,
          msme_id: msmes[0]!.id,
          currency_code: "usd",
          amount: 10,
          amount_idr: 165_000,
          quantity: 1,
        },
      ])
      // the same event again (a retry, a doubled delivery) changes nothing
      const once = await rows()
      await emitOrders("order.placed", [idr!.id], async () => true)
      await new Promise((r) => setTimeout(r, 500))
      expect(await rows()).toEqual(once)
      // a cancelled order leaves the figures
      await orders.cancel(idr!.id)
      await emitOrders("order.canceled", [idr!.id], async () => (await saleRows([idr!.id])) === 0)
      // the nightly rebuild (and the first fill) gives what the events gave, and what Medusa's own tables say
      const before = await sql(`select order_id, msme_id, amount_idr::float as n from ${T.sale} order by 1, 2`)
      await sql(`delete from ${T.sale}`)
      const { result } = await recordOrderSalesWorkflow(container).run({ input: { all: true } })
      expect(result.rows).toBe(before.length)
      expect(await sql(`select order_id, msme_id, amount_idr::float as n from ${T.sale} order by 1, 2`)).toEqual(before)
      const direct = await count(
        `select coalesce(sum(li.unit_price * oi.quantity), 0)::float as n
           from "order" o join order_item oi on oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
           join order_line_item li on li.id = oi.item_id join ${T.msmeProduct} mp on mp.product_id = li.product_id and mp.deleted_at is null
          where o.deleted_at is null and o.status <> 'canceled' and lower(o.currency_code) = 'idr'`,
      )
      expect(
        await count(`select coalesce(sum(amount), 0)::float as n from ${T.sale} where currency_code = 'idr'`),
      ).toBe(direct)
    })

    it("shows the export readiness of the MSMEs in bands per market, as each MSME's own score says", async () => {
      const year = new Date().getFullYear()
      for (const filter of ["", "&sector=culinary", "&kecamatan=Plered"]) {
        const res = await api.get(`/admin/office/readiness?year=${year}${filter}`, await as("officer"))
        expect(res.status).toBe(200)
        const ids = (
          (await sql(
            `select id as n from ${T.msme} where deleted_at is null${filter.includes("culinary") ? " and sector = 'culinary'" : ""}${filter.includes("Plered") ? " and kecamatan = 'Plered'" : ""}`,
          )) as unknown as { n: string }[]
        ).map((r) => r.n)
        const facts = await readinessFacts(getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION), ids)
        const expected = (["sg", "my", "me"] as const).map((market, i) => {
          const scores = ids.map((id) => exportReadiness(facts.get(id)!)[i]!.score)
          const band = (b: string) => scores.filter((score) => readinessBand(score) === b).length
          return {
            market,
            msmes: ids.length,
            ready: band("ready"),
            on_the_way: band("on_the_way"),
            early: band("early"),
            average: ids.length ? Math.round(scores.reduce((a, b) => a + b, 0) / ids.length) : null,
          }
        })
        expect({ filter, readiness: res.data.readiness }).toEqual({ filter, readiness: expected })
        if (!filter) expect(expected[1]!.ready + expected[1]!.on_the_way).toBeGreaterThan(0)
      }
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
