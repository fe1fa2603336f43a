import { loadCatalog } from "@galeri/content"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { type SeedResult, seedGallery } from "../../src/lib/seed"
import { createStaff, storeHeaders } from "../helpers/admin"
import { until } from "../helpers/until"

jest.setTimeout(240_000)

const catalog = loadCatalog()
const active = new Set(catalog.msmes.filter((m) => m.status === "active").map((m) => m.handle))
const visible = catalog.products.filter((p) => p.curation === "approved" && active.has(p.msme))

type Doc = { id: string; handle: string; title_id: string; title_en: string }
type Result = {
  hits: { id: string; document: Doc }[]
  metadata?: { count: number | null }
  facets?: Record<string, unknown>
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: SeedResult
    beforeAll(async () => {
      seeded = await seedGallery(getContainer())
    })
    const headers = () => ({ headers: storeHeaders(seeded.setup.publishable_key) })
    const search = async (q: string, typo = true): Promise<Result> => {
      const { data } = await api.post(
        "/store/search",
        {
          entity: "product",
          filters: { q },
          pagination: { take: 20 },
          search_options: { typo_tolerance: typo, count: "exact" },
        },
        headers(),
      )
      return data.results[0] as Result
    }
    const handles = (r: Result) => r.hits.map((h) => h.document.handle)

    it("indexes exactly the approved products of active MSMEs", async () => {
      const all = await until(
        async () => {
          const { data } = await api.post(
            "/store/search",
            { entity: "product", pagination: { take: 100 }, search_options: { count: "exact" } },
            headers(),
          )
          return data.results[0] as Result
        },
        (r) => (r.metadata?.count ?? 0) >= visible.length,
      )
      expect(all.metadata?.count).toBe(visible.length)
    })

    it("finds Indonesian and English words, with typos", async () => {
      await until(
        () => search("rotan"),
        (r) => r.hits.length > 0,
      )
      const typo = await search("kursi rotn")
      expect(handles(typo).some((h) => h.startsWith("kursi-rotan"))).toBe(true)
      const english = await search("rattan chair")
      expect(handles(english).some((h) => h.startsWith("kursi-rotan") || h.startsWith("kursi-makan-rotan"))).toBe(true)
      const synonym = await search("belacan")
      expect(synonym.hits.length).toBeGreaterThan(0)
      // typo tolerance (trigram similarity) lets loose matches in at the end; the top of the list is shrimp paste
      expect(
        handles(synonym)
          .slice(0, 5)
          .filter((h) => !h.includes("terasi")),
      ).toEqual([])
    })

    it("finds compounds both ways and relaxes a query nothing has every word of, on the exact pass", async () => {
      const exact = async (q: string) =>
        (await search(q, false)) as Result & { metadata: { relaxed?: { kept: string[]; dropped: string[] } } }
      await until(
        () => exact("mega mendung"),
        (r) => r.hits.length > 0,
      )
      const spaced = await exact("mega mendung")
      const megaMendung = handles(spaced)
      expect(megaMendung.some((h) => h.includes("mega-mendung"))).toBe(true)
      expect(spaced.metadata.relaxed).toBeUndefined()
      // written as one word, the way buyers often type it: the catalog's "mega mendung" (split from the lexicon)
      const joined = await exact("megamendung")
      expect(handles(joined).sort()).toEqual([...megaMendung].sort())
      expect(joined.metadata.count).toBe(spaced.metadata.count)
      expect(joined.metadata.relaxed).toBeUndefined()
      // no Mega Mendung scarf: the last word goes, and the buyer is told which
      const scarf = await exact("mega mendung scarf")
      expect(
        handles(scarf)
          .slice(0, 5)
          .every((h) => megaMendung.includes(h)),
      ).toBe(true)
      expect(scarf.metadata.relaxed).toEqual({ kept: ["mega", "mendung"], dropped: ["scarf"] })
      // a word the catalog lacks is left to the typo pass on the exact one ("batk" is "batik", not dropped) ...
      expect((await exact("batk tulis")).hits).toEqual([])
      const corrected = await search("batk tulis")
      expect(handles(corrected).some((h) => h.includes("batik-tulis"))).toBe(true)
      expect((corrected as { metadata?: { relaxed?: unknown } }).metadata?.relaxed).toBeUndefined()
      // ... which drops a word nothing is near, wherever it stands
      const nonsense = (await search("zzqx batik tulis")) as Result & { metadata: { relaxed?: unknown } }
      expect(nonsense.hits.length).toBeGreaterThan(0)
      expect(nonsense.metadata.relaxed).toEqual({ kept: ["batik", "tulis"], dropped: ["zzqx"] })
      // the joined words also work with typo tolerance and as a prefix (as-you-type suggestions)
      expect(handles(await search("megamendung")).some((h) => h.includes("mega-mendung"))).toBe(true)
    })

    it("takes a product out of search when it leaves curation, and puts it back on approval", async () => {
      const admin = await createStaff(getContainer())
      const target = visible.find((p) => p.handle.startsWith("topeng-klana"))!
      const { data } = await api.get(`/admin/products?handle=${target.handle}`, admin)
      const id = data.products[0].id
      const has = async () => (await search("topeng klana")).hits.some((h) => h.id === id)
      expect(await until(has, Boolean)).toBe(true)
      await api.post(`/admin/products/${id}/curation`, { to: "archived" }, admin)
      expect(await until(has, (v) => !v)).toBe(false)
      await api.post(`/admin/products/${id}/curation`, { to: "submitted" }, admin)
      await api.post(`/admin/products/${id}/curation`, { to: "approved" }, admin)
      expect(await until(has, Boolean)).toBe(true)
    })

    it("learns the words of edited products, so their typos are found too", async () => {
      const admin = await createStaff(getContainer())
      const target = visible.find((p) => p.handle.startsWith("kursi-rotan"))!
      const { data } = await api.get(`/admin/products?handle=${target.handle}`, admin)
      const product = data.products[0]
      // a word no demo product has: before the edit, its misspelling matches nothing
      expect((await search("jeparaan")).hits).toEqual([])
      await api.post(`/admin/products/${product.id}`, { title: `${product.title} Jeparaan` }, admin)
      const found = await until(
        () => search("jeparan"),
        (r) => r.hits.some((h) => h.id === product.id),
      )
      expect(found.hits.map((h) => h.id)).toEqual([product.id])
      await api.post(`/admin/products/${product.id}`, { title: product.title }, admin)
    })

    it("answers typo searches from indexes: the misspelt words are corrected from the catalog's lexicon", async () => {
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows } = await pg.raw(
        `select count(*)::int as words from galeri_search_lexicon where word in ('batik', 'rotan', 'terasi', 'kerupuk')`,
      )
      expect(rows[0].words).toBeGreaterThanOrEqual(4)
      const typo = await search("batk tulis")
      expect(typo.hits.length).toBeGreaterThan(0)
      expect(typo.hits.every((h) => /batik/i.test(h.document.title_id))).toBe(true)
    })

    it("counts facets the way the database does", async () => {
      const { data } = await api.post(
        "/store/search",
        {
          entity: "product",
          pagination: { take: 0 },
          search_options: {
            facets: [{ field: "category", limit: 50 }, { field: "kecamatan", limit: 50 }, "export_ready"],
            count: "exact",
          },
        },
        headers(),
      )
      const facets = data.results[0].facets as Record<string, { values: { value: string; count: number }[] }>
      const byCategory = Object.fromEntries(facets.category!.values.map((v) => [v.value, v.count]))
      const byKecamatan = Object.fromEntries(facets.kecamatan!.values.map((v) => [v.value, v.count]))
      // the same counts, straight from the database: published products by category and by their MSME's kecamatan
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: published } = await query.graph({
        entity: "product",
        fields: ["id", "categories.handle", "msme.kecamatan"],
        filters: { status: "published" },
        pagination: { take: 10_000 },
      })
      const rows = published as { categories?: { handle: string }[]; msme?: { kecamatan: string } | null }[]
      const count = (key: (r: (typeof rows)[number]) => string | undefined) =>
        rows.reduce<Record<string, number>>((acc, r) => {
          const k = key(r)
          if (k) acc[k] = (acc[k] ?? 0) + 1
          return acc
        }, {})
      expect(byCategory).toEqual(count((r) => r.categories?.[0]?.handle))
      expect(byKecamatan).toEqual(count((r) => r.msme?.kecamatan))
    })

    it("refuses bad input with a 400 that says what is wrong", async () => {
      const bad = async (body: Record<string, unknown>) =>
        api
          .post("/store/search", { entity: "product", ...body }, headers())
          .catch((e: { response: unknown }) => e.response)
      const long = await bad({ filters: { q: "x".repeat(5000) } })
      expect(long.status).toBe(400)
      expect(long.data.message).toMatch(/q is at most 200 characters/)
      const unknown = await bad({ filters: { cost_price: { $lt: 1 } } })
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toMatch(/cost_price is not a filter of the product index/)
      const injection = await bad({ filters: { q: "'; DROP TABLE product; --" } })
      expect(injection.status).toBe(200)
      const facet = await bad({ search_options: { facets: ["description_id"] } })
      expect(facet.status).toBe(400)
      const other = await bad({ entity: "customer" })
      expect(other.status).toBe(404)
    })

    it("finds MSMEs by village and kecamatan, and only active ones", async () => {
      const find = async (q: string) => {
        const { data } = await api.post(
          "/store/search",
          { entity: "msme", filters: { q }, pagination: { take: 10 } },
          headers(),
        )
        return (data.results[0] as { hits: { document: { handle: string } }[] }).hits.map((h) => h.document.handle)
      }
      const tegalwangi = await until(
        () => find("tegalwangi"),
        (h) => h.length > 0,
      )
      expect(tegalwangi).toEqual(expect.arrayContaining(["rotan-tegal-asri", "anyam-tegalwangi"]))
      expect(await find("Rotan Kedawung Karya")).not.toContain("rotan-kedawung-karya")
      const gegesik = await find("gegesik")
      expect(gegesik).toEqual(expect.arrayContaining(["kaca-gegesik-kencana", "kaca-sekar-wayang"]))
    })
  },
})
