import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createStaff } from "../helpers/admin"

jest.setTimeout(120_000)

const validMsme = {
  handle: "batik-uji-coba",
  name: "Batik Uji Coba",
  owner_name: "Siti Uji",
  sector: "craft",
  craft: "batik-tulis",
  kecamatan: "Plered",
  desa: "Trusmi Wetan",
  story_id: "Kami membatik sejak 2001.",
  story_en: "We have made batik since 2001.",
  whatsapp: "+6281234567890",
  permits: [{ type: "nib", number: "9120 0012 3456 7" }],
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    beforeEach(async () => {
      admin = await createStaff(getContainer())
    })

    const fail = (e: { response: { status: number; data: { message: string } } }) => e.response

    it("registers an MSME with its permits, normalizing the numbers, pending until verified", async () => {
      const res = await api.post("/admin/msmes", validMsme, admin)
      expect(res.status).toBe(201)
      expect(res.data.msme).toMatchObject({ handle: "batik-uji-coba", status: "pending", kecamatan: "Plered" })
      expect(res.data.msme.permits).toEqual([
        expect.objectContaining({ type: "nib", number: "9120001234567", status: "pending" }),
      ])
      const list = await api.get("/admin/msmes?q=Uji", admin)
      expect(list.data.count).toBe(1)
    })

    it.each([
      [{ ...validMsme, permits: [{ type: "nib", number: "12345" }] }, /NIB .*"12345" is not valid: expected 13 digits/],
      [
        { ...validMsme, permits: [{ type: "halal", number: "32110000123450223" }] },
        /Halal certificate number .* expected BPJPH number: "ID"/,
      ],
      [{ ...validMsme, permits: [{ type: "pirt", number: "1234" }] }, /expected 15 digits/],
      [{ ...validMsme, kecamatan: "Bandung" }, /field 'kecamatan', but got: 'Bandung'/],
      [{ ...validMsme, whatsapp: "0812345" }, /whatsapp must be written \+62/],
      [{ ...validMsme, handle: "Batik Uji" }, /handle must be lowercase words joined by dashes/],
      [{ ...validMsme, story_en: undefined }, /Field 'story_en' is required/],
      [{ ...validMsme, surprise: true }, /surprise/],
    ])("refuses bad input with a 400 that says what is wrong (%#)", async (body, message) => {
      const res = await api.post("/admin/msmes", body, admin).catch(fail)
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(message)
      const list = await api.get("/admin/msmes", admin)
      expect(list.data.count).toBe(0)
    })

    it("adds a permit to an MSME, refuses a malformed one and a second one of the same type", async () => {
      const { data } = await api.post("/admin/msmes", { ...validMsme, permits: [] }, admin)
      const id = data.msme.id
      const ok = await api.post(
        `/admin/msmes/${id}/permits`,
        { type: "bpom_md", number: "MD 224410001234", expires_at: "2030-01-01" },
        admin,
      )
      expect(ok.status).toBe(201)
      expect(ok.data.permit).toMatchObject({ type: "bpom_md", number: "MD224410001234", status: "pending" })
      const bad = await api.post(`/admin/msmes/${id}/permits`, { type: "npwp", number: "12.345" }, admin).catch(fail)
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/NPWP \(tax ID\) number "12.345" is not valid/)
      const twice = await api
        .post(`/admin/msmes/${id}/permits`, { type: "bpom_md", number: "MD 224410009999" }, admin)
        .catch(fail)
      expect(twice.status).toBe(422)
      expect(twice.data.message).toMatch(/already has a bpom_md permit/)
      const missing = await api
        .post("/admin/msmes/msme_nope/permits", { type: "nib", number: "9120001234567" }, admin)
        .catch(fail)
      expect(missing.status).toBe(404)
    })

    it("keeps the MSME API for staff only", async () => {
      const res = await api.get("/admin/msmes").catch(fail)
      expect(res.status).toBe(401)
    })
  },
})
