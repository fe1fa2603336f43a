import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import ExcelJS from "exceljs"
import { seedGallery } from "../../src/lib/seed"
import { MSME_MODULE } from "../../src/modules/msme"
import type MsmeModuleService from "../../src/modules/msme/service"
import { commitImportBatch, resumeInterruptedImports } from "../../src/workflows/msme/import/run"
import { createStaff } from "../helpers/admin"
import { anyStatus } from "../helpers/seller"
import { until } from "../helpers/until"

jest.setTimeout(300_000)

const HEADERS = [
  "Nama Usaha",
  "Nama Pemilik",
  "NIB",
  "Alamat",
  "Desa",
  "Kecamatan",
  "Sektor",
  "Jenis Usaha",
  "No. HP/WA",
]

async function xlsx(rows: (string | number)[][], title = true): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet("Data UMKM")
  // survey exports start with a title line above the headers
  if (title) sheet.addRow(["Data UMKM Binaan Dinas Koperasi dan UKM Kabupaten Cirebon 2025"])
  sheet.addRow(HEADERS)
  for (const row of rows) sheet.addRow(row)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

const csv = (lines: string[]) => Buffer.from(`${lines.join("\n")}\n`)

const form = (bytes: Buffer, filename: string, fields: Record<string, string> = {}) => {
  const data = new FormData()
  data.append("file", new Blob([new Uint8Array(bytes)]), filename)
  for (const [k, v] of Object.entries(fields)) data.append(k, v)
  return data
}

type Job = {
  id: string
  status: string
  total_rows: number
  processed_rows: number
  summary: Record<string, number>
  error: string | null
}
type ImportRow = {
  row_number: number
  outcome: string
  msme_id: string | null
  matched_by: string | null
  result: string | null
  problems: { list: { field: string; column: string | null; id: string; en: string }[] }
  changes: { list: { field: string; from: unknown; to: unknown }[] }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    beforeAll(async () => {
      await seedGallery(getContainer())
    })
    let admin: { headers: Record<string, string> }
    beforeEach(async () => {
      admin = await createStaff(getContainer(), `admin-${Date.now()}@impor.test`, ["admin"])
    })
    const as = () => ({ headers: admin.headers, ...anyStatus })
    const upload = (bytes: Buffer, filename: string, fields?: Record<string, string>) =>
      api.post("/admin/msme-imports", form(bytes, filename, fields), as())
    const job = async (id: string) => (await api.get(`/admin/msme-imports/${id}`, as())).data.import as Job
    const settled = (id: string, statuses: string[]) =>
      until(
        () => job(id),
        (j) => statuses.includes(j.status),
        60_000,
      )
    const rows = async (id: string, outcome?: string) =>
      (await api.get(`/admin/msme-imports/${id}/rows?limit=200${outcome ? `&outcome=${outcome}` : ""}`, as())).data
        .rows as ImportRow[]
    const msmes = () => getContainer().resolve<MsmeModuleService>(MSME_MODULE)
    const msmeCount = async () =>
      Number(
        (
          await getContainer()
            .resolve(ContainerRegistrationKeys.PG_CONNECTION)
            .raw("select count(*)::int as n from msme where deleted_at is null")
        ).rows[0].n,
      )

    /** A seeded MSME with a NIB, and an active one without (matched by name within its desa). */
    const known = async () => {
      const all = await msmes().listMsmes({}, { relations: ["permits"] })
      const withNib = all.find((m) => m.status === "active" && m.permits.some((p) => p.type === "nib"))!
      const active = all.find(
        (m) => m.status === "active" && m.id !== withNib.id && !m.permits.some((p) => p.type === "nib"),
      )!
      return { withNib, nib: withNib.permits.find((p) => p.type === "nib")!.number, active }
    }

    it("reads a sheet in a dry run, reports every row and column, commits it, and a second import changes nothing", async () => {
      const { withNib, nib, active } = await known()
      const before = await msmeCount()
      const file = await xlsx([
        [
          "Kerupuk Udang Ibu Wati",
          "Wati Suryani",
          "9120009876501",
          "Blok Pesisir 3",
          "Gebang Kulon",
          "Kec. Gebang",
          "Kuliner",
          "kerupuk",
          "0812-1111-2222",
        ],
        [
          "Anyaman Pandan Sari",
          "Sari Rahayu",
          "",
          "",
          "Kertasari",
          "WERU",
          "kerajinan",
          "anyaman",
          "+62 813 2222 3333",
        ],
        ["Topeng Kayu Pak Darma", "Darma", "", "", "Slangit", "Klangenan", "kriya", "topeng", ""],
        // the seeded MSME, by its NIB: a new phone number is an update
        [
          withNib.name,
          withNib.owner_name,
          nib,
          "",
          withNib.desa,
          withNib.kecamatan,
          withNib.sector === "craft" ? "kerajinan" : "kuliner",
          "",
          "0819 7777 8888",
        ],
        // an active MSME by name and desa, with another owner: staff vouched for it, so a person decides
        [
          active.name,
          "Orang Lain",
          "",
          "",
          active.desa,
          active.kecamatan,
          active.sector === "craft" ? "kerajinan" : "kuliner",
          "",
          "",
        ],
        ["Dodol Salah NIB", "Eka", "912000123456", "", "Babakan", "Babakan", "kuliner", "dodol", ""],
        ["Sirup Salah HP", "Feri", "", "", "Sumber", "Sumber", "kuliner", "sirup", "12345"],
        ["Batik Kota", "Gina", "", "", "Lemahwungkuk", "Kota Cirebon", "kerajinan", "batik", ""],
        ["Kerupuk Kembar", "Hadi", "9120009876501", "", "Gebang Ilir", "Gebang", "kuliner", "kerupuk", ""],
      ])
      const started = await upload(file, "data-umkm-2025.xlsx")
      expect(started.status).toBe(202)
      const dry = await settled(started.data.import.id, ["ready", "failed"])
      expect(dry).toMatchObject({ status: "ready", total_rows: 9 })
      expect(dry.summary).toEqual({ create: 3, update: 1, unchanged: 0, conflict: 1, error: 4 })
      expect(await msmeCount()).toBe(before)

      const report = await rows(dry.id)
      // row numbers are the sheet's own: the title is row 1, the headers row 2
      expect(report.map((r) => r.row_number)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11])
      const problem = (row: number) => report.find((r) => r.row_number === row)!.problems.list
      expect(problem(8)).toContainEqual(
        expect.objectContaining({ column: "NIB", en: 'NIB "912000123456" must be 13 digits' }),
      )
      expect(problem(9)).toContainEqual(
        expect.objectContaining({ column: "No. HP/WA", id: expect.stringContaining("tidak valid") }),
      )
      expect(problem(10)[0]!.en).toMatch(/"Kota Cirebon" is not a kecamatan of Kabupaten Cirebon/)
      expect(problem(11)[0]).toMatchObject({ column: "NIB", en: "NIB 9120009876501 is also on row 3" })
      expect(report.find((r) => r.row_number === 6)).toMatchObject({
        outcome: "update",
        matched_by: "nib",
        msme_id: withNib.id,
      })
      expect(report.find((r) => r.row_number === 7)).toMatchObject({
        outcome: "conflict",
        matched_by: "name_desa",
        msme_id: active.id,
      })

      // errors are not imported silently
      const refused = await api.post(`/admin/msme-imports/${dry.id}/commit`, {}, as())
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/4 row\(s\) have errors/)
      expect((await api.post(`/admin/msme-imports/${dry.id}/commit`, { skip_errors: true }, as())).status).toBe(202)
      const committed = await settled(dry.id, ["committed", "ready"])
      expect(committed.status).toBe("committed")
      expect(committed.summary.done).toEqual({ created: 3, updated: 1, kept: 1, skipped: 4 })
      expect(await msmeCount()).toBe(before + 3)

      const [wati] = await msmes().listMsmes(
        { name: "Kerupuk Udang Ibu Wati" },
        { relations: ["permits", "status_changes"] },
      )
      expect(wati).toMatchObject({
        status: "pending",
        source: "import",
        kecamatan: "Gebang",
        sector: "culinary",
        whatsapp: "+6281211112222",
      })
      expect(wati!.permits.map((p) => [p.type, p.number, p.status])).toEqual([["nib", "9120009876501", "pending"]])
      expect(wati!.status_changes[0]).toMatchObject({ from_status: null, to_status: "pending", source: "import" })
      expect((await msmes().retrieveMsme(withNib.id)).whatsapp).toBe("+6281977778888")
      // the conflicting row left the verified record as it was
      expect((await msmes().retrieveMsme(active.id)).owner_name).toBe(active.owner_name)

      // the same file again: everything is found, nothing would change
      const again = await upload(file, "data-umkm-2025.xlsx")
      expect(again.data.same_file_committed_at).toBeTruthy()
      const second = await settled(again.data.import.id, ["ready", "failed"])
      expect(second.summary).toEqual({ create: 0, update: 0, unchanged: 4, conflict: 1, error: 4 })
      expect((await api.post(`/admin/msme-imports/${second.id}/commit`, { skip_errors: true }, as())).status).toBe(202)
      expect((await settled(second.id, ["committed"])).summary.done).toMatchObject({ created: 0, updated: 0 })
      expect(await msmeCount()).toBe(before + 3)

      // a person decides the conflict for the file: only then does the verified record change
      const third = await settled((await upload(file, "data-umkm-2025.xlsx")).data.import.id, ["ready"])
      const [conflict] = await rows(third.id, "conflict")
      expect(conflict!.changes.list).toContainEqual({ field: "owner_name", from: active.owner_name, to: "Orang Lain" })
      const wrong = await api.post(
        `/admin/msme-imports/${third.id}/decisions`,
        { rows: [{ id: "mirow_NOTACONFLICT", decision: "file" }] },
        as(),
      )
      expect(wrong.status).toBe(400)
      const decided = await api.post(
        `/admin/msme-imports/${third.id}/decisions`,
        { rows: [{ id: (conflict as unknown as { id: string }).id, decision: "file" }] },
        as(),
      )
      expect(decided.status).toBe(200)
      await api.post(`/admin/msme-imports/${third.id}/commit`, { skip_errors: true }, as())
      await settled(third.id, ["committed"])
      expect((await msmes().retrieveMsme(active.id)).owner_name).toBe("Orang Lain")
    })

    it("numbers a new MSME's handle past every one taken, in the registry and in the same file", async () => {
      // two registered businesses hold the handle the file's name and desa make, and its -2
      for (const handle of ["anyaman-kembar-kertasari", "anyaman-kembar-kertasari-2"])
        await msmes().createMsmes({
          handle,
          name: `Usaha Lama ${handle.length}`,
          owner_name: "Pemilik Lama",
          sector: "craft",
          craft: "anyaman",
          kecamatan: "Weru",
          desa: "Tegalwangi",
          story_id: "",
          story_en: "",
        })
      // two businesses of the same name in one desa, told apart by their NIBs: both are new
      const file = await xlsx([
        ["Anyaman Kembar", "Ani", "9120001111101", "", "Kertasari", "Weru", "kerajinan", "anyaman", ""],
        ["Anyaman Kembar", "Budi", "9120001111102", "", "Kertasari", "Weru", "kerajinan", "anyaman", ""],
      ])
      const dry = await settled((await upload(file, "kembar.xlsx")).data.import.id, ["ready", "failed"])
      expect(dry.summary).toMatchObject({ create: 2, error: 0 })
      await api.post(`/admin/msme-imports/${dry.id}/commit`, {}, as())
      expect((await settled(dry.id, ["committed", "ready"])).status).toBe("committed")
      const made = await msmes().listMsmes({ name: "Anyaman Kembar" }, { order: { owner_name: "ASC" } })
      expect(made.map((m) => [m.owner_name, m.handle])).toEqual([
        ["Ani", "anyaman-kembar-kertasari-3"],
        ["Budi", "anyaman-kembar-kertasari-4"],
      ])
    })

    it("refuses bad files with a clear answer and starts nothing: empty, not a sheet, missing columns, too large; roles hold", async () => {
      const empty = await upload(Buffer.alloc(0), "kosong.xlsx")
      expect(empty.status).toBe(400)
      const png = await upload(Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"), "foto.xlsx")
      expect(png.status).toBe(400)
      expect(png.data.message).toMatch(/must be XLSX \(Excel\) or CSV/)
      const headers = await upload(csv(["Nama Toko,Alamat Rumah,Kota", "Toko A,Jl. B,Cirebon"]), "lain.csv")
      expect(headers.status).toBe(400)
      expect(headers.data.message).toMatch(/Required columns are missing: name, owner_name, desa, kecamatan, sector/)
      expect(headers.data.message).toMatch(/Columns we do not know: Nama Toko, Alamat Rumah, Kota/)
      const big = await upload(Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(26 * 1024 * 1024)]), "besar.xlsx")
      expect(big.status).toBe(413)
      // other layouts: a mapping given now (and saved) reads them
      const other = csv([
        "Toko;Pemilik Usaha;Kel;Kec;Bidang",
        "Warung Kopi Sejahtera;Joko;Sindanglaut;Lemahabang;kuliner",
      ])
      const mapped = await upload(other, "lain.csv", {
        mapping: JSON.stringify({
          Toko: "name",
          "Pemilik Usaha": "owner_name",
          Kel: "desa",
          Kec: "kecamatan",
          Bidang: "sector",
        }),
        save_mapping_as: "format desa 2024",
      })
      expect(mapped.status).toBe(202)
      expect((await settled(mapped.data.import.id, ["ready"])).summary.create).toBe(1)
      const reused = await upload(other, "lain.csv", { mapping_name: "format desa 2024" })
      expect(reused.status).toBe(202)
      const officer = await createStaff(getContainer(), `officer-${Date.now()}@impor.test`, ["officer"])
      expect(
        (await api.post("/admin/msme-imports", form(other, "lain.csv"), { headers: officer.headers, ...anyStatus }))
          .status,
      ).toBe(403)
    })

    it("undoes a commit that fails part-way: a file is imported whole or not at all", async () => {
      const before = await msmeCount()
      const lines = ["Nama Usaha;Nama Pemilik;NIB;Desa;Kecamatan;Sektor"]
      for (let i = 0; i < 620; i++) {
        lines.push(`Usaha Uji ${i};Pemilik ${i};9121${String(i).padStart(9, "0")};Desa Uji ${i % 20};Sumber;kerajinan`)
      }
      const dry = await settled((await upload(csv(lines), "besar.csv")).data.import.id, ["ready"])
      expect(dry.summary.create).toBe(620)
      // between the dry run and the commit, row 600's NIB is recorded for another MSME: the second batch fails
      const [other] = await msmes().listMsmes({}, { take: 1 })
      await msmes().createMsmePermits({ msme_id: other!.id, type: "nib", number: "9121000000598", status: "pending" })
      expect((await api.post(`/admin/msme-imports/${dry.id}/commit`, {}, as())).status).toBe(202)
      const failed = await settled(dry.id, ["ready", "committed"])
      expect(failed.status).toBe("ready")
      expect(failed.error).toMatch(/The commit failed and was undone; nothing was imported/)
      expect(await msmeCount()).toBe(before)
      expect((await rows(dry.id)).every((r) => r.result === null)).toBe(true)
    })

    it("resumes a commit a restart left part-way, to the same registry as an import that ran through; a dry run so left says to upload again", async () => {
      const before = await msmeCount()
      const lines = ["Nama Usaha;Nama Pemilik;NIB;Desa;Kecamatan;Sektor"]
      for (let i = 0; i < 620; i++) {
        lines.push(
          `Usaha Lanjut ${i};Pemilik ${i};9131${String(i).padStart(9, "0")};Desa Lanjut ${i % 20};Plered;kuliner`,
        )
      }
      const dry = await settled((await upload(csv(lines), "lanjut.csv")).data.import.id, ["ready"])
      expect(dry.summary.create).toBe(620)
      // what a process that died after its first batch leaves: the job committing, rows 1-500 applied
      const container = getContainer()
      await msmes().updateMsmeImports({ id: dry.id, status: "committing" })
      await commitImportBatch(container, { id: dry.id, actor_id: null }, 0)
      expect(await msmeCount()).toBe(before + 500)
      const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      // a job still moving is left alone
      expect(await resumeInterruptedImports(container)).toEqual({ resumed: [], failed: [] })
      await knex.raw("update msme_import set updated_at = now() - interval '10 minutes' where id = ?", [dry.id])
      expect(await resumeInterruptedImports(container)).toEqual({ resumed: [dry.id], failed: [] })
      const done = await job(dry.id)
      expect(done.status).toBe("committed")
      expect((done.summary as unknown as { done: Record<string, number> }).done).toMatchObject({ created: 620 })
      expect(await msmeCount()).toBe(before + 620)
      // every row once: no MSME created twice for the rows of the first batch
      const names = (
        await knex.raw(
          "select count(distinct name)::int as n, count(*)::int as all from msme where name like 'Usaha Lanjut %' and deleted_at is null",
        )
      ).rows[0]
      expect(names).toEqual({ n: 620, all: 620 })
      expect((await rows(dry.id)).every((r) => r.result === "created")).toBe(true)

      // a dry run a restart interrupted: failed, saying what to do, nothing changed
      const [left] = await msmes().createMsmeImports([
        { filename: "setengah.xlsx", format: "xlsx", checksum: "x", mapping: {}, status: "analysing" },
      ])
      await knex.raw("update msme_import set updated_at = now() - interval '10 minutes' where id = ?", [left!.id])
      expect(await resumeInterruptedImports(container)).toEqual({ resumed: [], failed: [left!.id] })
      expect(await job(left!.id)).toMatchObject({
        status: "failed",
        error: expect.stringMatching(/Upload the file again/),
      })
    })
  },
})
