import { loadCatalog } from "@galeri/content"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { type SeedResult, seedGallery } from "../../src/lib/seed"
import { TAGS_PER_SHEET } from "../../src/lib/shelf-tags"
import { createStaff, storeHeaders } from "../helpers/admin"
import { readPdf } from "../helpers/pdf"

jest.setTimeout(300_000)

/** Two demo products sold by the gallery: a rattan chair (craft) and shrimp paste (food, with halal and P-IRT). */
const HANDLES = ["kursi-rotan-teras-rotan-tegal-asri", "terasi-udang-premium-500g-terasi-losari-udang-mas"]
const rupiah = (n: number) => `Rp ${new Intl.NumberFormat("id-ID").format(n)}`

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: SeedResult
    let curator: Record<string, string>
    let keeper: Record<string, string>
    let mediator: Record<string, string>
    const ids: Record<string, string> = {}
    let draftId: string

    beforeAll(async () => {
      seeded = await seedGallery(getContainer())
      curator = (await createStaff(getContainer(), "kurator.label@galeri-caruban.test", ["curator"])).headers
      keeper = (await createStaff(getContainer(), "gudang.label@galeri-caruban.test", ["stockkeeper"])).headers
      mediator = (await createStaff(getContainer(), "mediator.label@galeri-caruban.test", ["mediator"])).headers
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["id", "handle", "status"], filters: {} })
      for (const p of data as { id: string; handle: string; status: string }[])
        if (HANDLES.includes(p.handle)) ids[p.handle] = p.id
      draftId = (data as { id: string; status: string }[]).find((p) => p.status !== "published")!.id
    })

    const as = (headers: Record<string, string>) => ({ headers, validateStatus: () => true })

    it("prints the chosen products' tags as an A4 PDF that reads back: both names, rupiah, MSME, permits, QR to the product", async () => {
      const chosen = HANDLES.map((h) => ids[h]!)
      const res = await api.get(`/admin/shelf-tags?ids=${chosen.join(",")}`, {
        ...as(curator),
        responseType: "arraybuffer",
      })
      expect(res.status).toBe(200)
      expect(res.headers["content-type"]).toBe("application/pdf")
      const pages = await readPdf(new Uint8Array(res.data as ArrayBuffer))
      expect(pages).toHaveLength(1)
      const [sheet] = pages
      const catalog = loadCatalog()
      for (const handle of HANDLES) {
        const demo = catalog.products.find((p) => p.handle === handle)!
        const maker = catalog.msmes.find((m) => m.handle === demo.msme)!
        expect(sheet!.text).toContain(demo.title.id)
        expect(sheet!.text).toContain(demo.title.en)
        expect(sheet!.text).toContain(rupiah(Math.min(...demo.variants.map((v) => v.prices.idr))))
        expect(sheet!.text).toContain(maker.name)
        // its verified permits, with their numbers
        const verified = maker.permits.filter((p) => p.status === "verified")
        expect(verified.length).toBeGreaterThan(0)
        for (const p of verified) expect(sheet!.text).toContain(p.number)
      }
      expect(sheet!.text).toContain("P-IRT 260125443909904")
      // one QR code a tag, in the order chosen, each to the product's short address
      expect(sheet!.qr).toEqual(HANDLES.map((h) => `http://localhost:4321/p/${h}`))
    })

    it("runs on to further sheets, ten tags a sheet", async () => {
      const chosen = Array.from({ length: TAGS_PER_SHEET + 1 }, (_, i) => ids[HANDLES[i % 2]!]!)
      // a product asked twice is one tag (ids are a set, in the order first given)
      const res = await api.get(`/admin/shelf-tags?ids=${chosen.join(",")}`, {
        ...as(keeper),
        responseType: "arraybuffer",
      })
      expect(res.status).toBe(200)
      expect((await readPdf(new Uint8Array(res.data as ArrayBuffer))).flatMap((p) => p.qr)).toHaveLength(2)

      const published = (await api.get("/admin/shelf-tags/products?limit=100", as(curator))).data.products.map(
        (p: { id: string }) => p.id,
      ) as string[]
      const many = published.slice(0, TAGS_PER_SHEET + 1)
      expect(many).toHaveLength(TAGS_PER_SHEET + 1)
      const sheets = await readPdf(
        new Uint8Array(
          (await api.get(`/admin/shelf-tags?ids=${many.join(",")}`, { ...as(curator), responseType: "arraybuffer" }))
            .data as ArrayBuffer,
        ),
      )
      expect(sheets.map((s) => s.qr.length)).toEqual([TAGS_PER_SHEET, 1])
    })

    it("lists live products with their showroom stock, and refuses products not on sale and other roles", async () => {
      const list = await api.get("/admin/shelf-tags/products?q=rotan&limit=50", as(keeper))
      expect(list.status).toBe(200)
      const chair = list.data.products.find((p: { handle: string }) => p.handle === HANDLES[0])
      expect(chair).toMatchObject({ msme: expect.any(String), at_gallery: expect.any(Number) })
      expect(
        list.data.products.every((p: { at_gallery: number | null }) => p.at_gallery === null || p.at_gallery >= 0),
      ).toBe(true)

      const refused = await api.get(`/admin/shelf-tags?ids=${ids[HANDLES[0]!]},${draftId}`, as(curator))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain(draftId)
      expect((await api.get("/admin/shelf-tags?ids=not-a-product", as(curator))).status).toBe(400)
      expect((await api.get("/admin/shelf-tags", as(curator))).status).toBe(400)
      // export mediators and buyers do not print tags
      expect((await api.get(`/admin/shelf-tags?ids=${ids[HANDLES[0]!]}`, as(mediator))).status).toBe(403)
      expect(
        (await api.get(`/admin/shelf-tags?ids=${ids[HANDLES[0]!]}`, as(storeHeaders(seeded.setup.publishable_key))))
          .status,
      ).toBe(401)
    })
  },
})
