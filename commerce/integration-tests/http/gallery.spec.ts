import { loadCatalog } from "@galeri/content"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { type SeedResult, seedGallery } from "../../src/lib/seed"
import { createStaff, storeHeaders } from "../helpers/admin"

jest.setTimeout(240_000)

const catalog = loadCatalog()

type StoreProduct = { id: string; handle: string; title: string; description: string }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: SeedResult
    let admin: { headers: Record<string, string> }

    beforeAll(async () => {
      seeded = await seedGallery(getContainer())
    })

    beforeEach(async () => {
      admin = await createStaff(getContainer())
    })

    const store = (extra: Record<string, string> = {}) => ({
      headers: storeHeaders(seeded.setup.publishable_key, extra),
    })

    async function allStoreHandles(): Promise<Set<string>> {
      const handles = new Set<string>()
      for (let offset = 0; ; offset += 100) {
        const { data } = await api.get(`/store/products?limit=100&offset=${offset}&fields=handle`, store())
        for (const p of data.products as StoreProduct[]) handles.add(p.handle)
        if (offset + 100 >= data.count) return handles
      }
    }

    describe("request ids", () => {
      it("answers with the request's id, the caller's when well-formed and else a new one, on Medusa's routes and the gallery's", async () => {
        const given = "sf-2f0c9a1e-request"
        const regions = await api.get("/store/regions", store({ "x-request-id": given }))
        expect(regions.headers["x-request-id"]).toBe(given)
        // refused by the gallery's own checks (a malformed query): answered with its id too. (Medusa's
        // authentication answers before route middlewares: its 401s carry the id on its log line only.)
        const refused = await api.get("/store/gallery/listing?limit=abc", {
          ...store({ "x-request-id": given }),
          validateStatus: () => true,
        })
        expect(refused.status).toBe(400)
        expect(refused.headers["x-request-id"]).toBe(given)
        // missing or malformed (a log injection, say): a fresh UUID instead
        const fresh = await api.get("/store/regions", store())
        const injected = await api.get("/store/regions", store({ "x-request-id": 'x" {"level":"error"}' }))
        for (const r of [fresh, injected]) expect(r.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/)
        expect(fresh.headers["x-request-id"]).not.toBe(injected.headers["x-request-id"])
      })
    })

    describe("store setup", () => {
      it("has the four regions with their currencies, IDR prices tax-inclusive", async () => {
        const { data } = await api.get("/store/regions", store())
        const regions = Object.fromEntries(
          (data.regions as { name: string; currency_code: string; countries: { iso_2: string }[] }[]).map((r) => [
            r.name,
            { currency: r.currency_code, countries: r.countries.map((c) => c.iso_2) },
          ]),
        )
        expect(regions.Indonesia).toEqual({ currency: "idr", countries: ["id"] })
        expect(regions.Singapore).toEqual({ currency: "sgd", countries: ["sg"] })
        expect(regions.Malaysia).toEqual({ currency: "myr", countries: ["my"] })
        expect(regions.International.currency).toBe("usd")
        expect(regions.International.countries).toEqual(expect.arrayContaining(["ae", "sa", "us"]))

        const pricing = getContainer().resolve(Modules.PRICING)
        const preferences = await pricing.listPricePreferences({ attribute: "currency_code", value: ["idr"] })
        expect(preferences[0]?.is_tax_inclusive).toBe(true)
      })

      it("has a sales channel, a stock location in Cirebon, domestic and international shipping, manual payment", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: locations } = await query.graph({
          entity: "stock_location",
          fields: [
            "name",
            "address.city",
            "sales_channels.name",
            "fulfillment_sets.service_zones.name",
            "fulfillment_sets.service_zones.shipping_options.name",
            "fulfillment_sets.service_zones.shipping_options.price_type",
            "fulfillment_sets.service_zones.shipping_options.provider_id",
          ],
        })
        // the gallery's own location ships; each workshop its makers ship from is a location of its own (rattan furniture)
        const workshops = (
          locations as unknown as { name: string; fulfillment_sets: unknown[]; sales_channels: { name: string }[] }[]
        ).filter((l) => l.name.startsWith("Bengkel "))
        expect(workshops.map((w) => w.name).sort()).toEqual([
          "Bengkel CV Giri Mandala Rotan",
          "Bengkel Rotan Kedawung Karya",
          "Bengkel Rotan Tegal Asri",
        ])
        for (const w of workshops) {
          expect(w.fulfillment_sets).toEqual([])
          expect(w.sales_channels.map((c) => c.name)).toEqual(["Galeri Caruban Online"])
        }
        expect(locations).toHaveLength(1 + workshops.length)
        const location = locations.find((l) => !(l as { name: string }).name.startsWith("Bengkel ")) as unknown as {
          name: string
          address: { city: string }
          sales_channels: { name: string }[]
          fulfillment_sets: {
            service_zones: {
              name: string
              shipping_options: { name: string; price_type: string; provider_id: string }[]
            }[]
          }[]
        }
        expect(location.address.city).toContain("Cirebon")
        expect(location.sales_channels.map((s) => s.name)).toEqual(["Galeri Caruban Online"])
        const zones = location.fulfillment_sets[0]!.service_zones
        expect(zones.map((z) => z.name).sort()).toEqual(["Indonesia", "International"])
        // two services each, priced per cart by chargeable weight from the rate tables
        const names = (zone: string) =>
          zones
            .find((z) => z.name === zone)!
            .shipping_options.map((o) => o.name)
            .sort()
        expect(names("Indonesia")).toEqual([
          "Kargo darat (4-10 hari, min. 10 kg) / Land cargo (4-10 days, min. 10 kg)",
          "Kilat (1-2 hari) / Express (1-2 days)",
          "Reguler (2-5 hari) / Regular (2-5 days)",
        ])
        expect(names("International")).toEqual([
          "EMS internasional (5-10 hari) / International EMS (5-10 days)",
          "Kargo udara (7-14 hari, min. 10 kg) / Air cargo (7-14 days, min. 10 kg)",
          "Paket ekonomi internasional (14-30 hari) / International economy parcel (14-30 days)",
        ])
        for (const option of zones.flatMap((z) => z.shipping_options))
          expect(option).toMatchObject({ price_type: "calculated", provider_id: "rate-table_galeri" })

        const { data } = await api.get(
          `/store/payment-providers?region_id=${seeded.setup.region_ids.Indonesia}`,
          store(),
        )
        expect((data.payment_providers as { id: string }[]).map((p) => p.id)).toContain("pp_system_default")
      })

      it("offers Indonesian and English", async () => {
        const { data } = await api.get("/store/locales", store())
        expect((data.locales as { code: string }[]).map((l) => l.code)).toEqual(
          expect.arrayContaining(["id-ID", "en-US"]),
        )
      })
    })

    describe("demo catalog", () => {
      it("is all there, with prices in the four currencies and English translations", async () => {
        expect(seeded.catalog).toMatchObject({ msmes: catalog.msmes.length, products: catalog.products.length })
        const approved = catalog.products.find(
          (p) => p.curation === "approved" && catalog.msmes.find((m) => m.handle === p.msme)?.status === "active",
        )!
        const { data } = await api.get(
          `/store/products?handle=${approved.handle}&region_id=${seeded.setup.region_ids.Singapore}&fields=*variants.calculated_price`,
          store(),
        )
        expect(data.products[0].title).toBe(approved.title.id)
        expect(data.products[0].variants[0].calculated_price.calculated_amount).toBe(approved.variants[0]!.prices.sgd)
        const en = await api.get(`/store/products?handle=${approved.handle}&locale=en-US`, store())
        expect(en.data.products[0].title).toBe(approved.title.en)
        expect(en.data.products[0].description).toBe(approved.description.en)
      })

      it("is idempotent: seeding again creates nothing and duplicates nothing", async () => {
        const container = getContainer()
        const count = async () => {
          const product = container.resolve(Modules.PRODUCT)
          const region = container.resolve(Modules.REGION)
          const fulfillment = container.resolve(Modules.FULFILLMENT)
          const translation = container.resolve(Modules.TRANSLATION)
          const msme = container.resolve("msme") as {
            listAndCountMsmes: (f: object, c: object) => Promise<[unknown[], number]>
            listAndCountMsmePermits: (f: object, c: object) => Promise<[unknown[], number]>
          }
          return {
            products: (await product.listAndCountProducts({}, { take: 1 }))[1],
            variants: (await product.listAndCountProductVariants({}, { take: 1 }))[1],
            categories: (await product.listAndCountProductCategories({}, { take: 1 }))[1],
            regions: (await region.listAndCountRegions({}, { take: 1 }))[1],
            shipping: (await fulfillment.listAndCountShippingOptions({}, { take: 1 }))[1],
            translations: (await translation.listAndCountTranslations({}, { take: 1 }))[1],
            msmes: (await msme.listAndCountMsmes({}, { take: 1 }))[1],
            permits: (await msme.listAndCountMsmePermits({}, { take: 1 }))[1],
          }
        }
        const before = await count()
        const again = await seedGallery(container)
        expect(again.catalog.created_products).toBe(0)
        expect(again.setup.publishable_key).toBe(seeded.setup.publishable_key)
        expect(await count()).toEqual(before)
        expect(before.products).toBe(catalog.products.length)
      })
    })

    describe("visibility rule", () => {
      const activeMsmes = new Set(catalog.msmes.filter((m) => m.status === "active").map((m) => m.handle))

      it("shows buyers exactly the approved products of active MSMEs", async () => {
        const expected = catalog.products
          .filter((p) => p.curation === "approved" && activeMsmes.has(p.msme))
          .map((p) => p.handle)
        const visible = await allStoreHandles()
        expect([...visible].sort()).toEqual(expected.sort())
        const suspended = catalog.products.find((p) => p.curation === "approved" && !activeMsmes.has(p.msme))!
        expect(visible.has(suspended.handle)).toBe(false)
        const draft = catalog.products.find((p) => p.curation === "draft")!
        const { data } = await api.get(`/store/products?handle=${draft.handle}`, store())
        expect(data.products).toEqual([])
      })

      it("refuses to publish an uncurated product through the admin API, and keeps it out of the store", async () => {
        const draft = catalog.products.find((p) => p.curation === "submitted" && activeMsmes.has(p.msme))!
        const { data } = await api.get(`/admin/products?handle=${draft.handle}`, admin)
        const id = data.products[0].id
        const res = await api
          .post(`/admin/products/${id}`, { status: "published" }, admin)
          .catch((e: { response: unknown }) => e.response)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/published only through curation approval.*curation status is submitted/)
        const after = await api.get(`/admin/products/${id}`, admin)
        expect(after.data.product.status).toBe("draft")
        expect((await allStoreHandles()).has(draft.handle)).toBe(false)
      })

      it("publishes on approval, takes down on archive, and follows the MSME's status", async () => {
        const submitted = catalog.products.find((p) => p.curation === "submitted" && activeMsmes.has(p.msme))!
        const { data } = await api.get(`/admin/products?handle=${submitted.handle}`, admin)
        const id = data.products[0].id
        const approve = await api.post(
          `/admin/products/${id}/curation`,
          { to: "approved", notes: "Foto dan label lengkap" },
          admin,
        )
        expect(approve.status).toBe(200)
        expect(approve.data.curation.history.entries.at(-1)).toMatchObject({ from: "submitted", to: "approved" })
        expect((await allStoreHandles()).has(submitted.handle)).toBe(true)

        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: msmes } = await query.graph({
          entity: "msme",
          fields: ["id"],
          filters: { handle: submitted.msme },
        })
        const msmeId = (msmes[0] as { id: string }).id
        await api.post(`/admin/msmes/${msmeId}/status`, { status: "suspended", reason: "uji: izin dicabut" }, admin)
        expect((await allStoreHandles()).has(submitted.handle)).toBe(false)
        await api.post(`/admin/msmes/${msmeId}/status`, { status: "active", reason: "uji: izin berlaku lagi" }, admin)
        expect((await allStoreHandles()).has(submitted.handle)).toBe(true)

        await api.post(`/admin/products/${id}/curation`, { to: "archived" }, admin)
        expect((await allStoreHandles()).has(submitted.handle)).toBe(false)
      })

      it("refuses a curation move the rules do not allow", async () => {
        const rejected = catalog.products.find((p) => p.curation === "rejected")!
        const { data } = await api.get(`/admin/products?handle=${rejected.handle}`, admin)
        const res = await api
          .post(`/admin/products/${data.products[0].id}/curation`, { to: "approved" }, admin)
          .catch((e: { response: unknown }) => e.response)
        expect(res.status).toBe(400)
        expect(res.data.message).toBe('A product in curation status "rejected" cannot move to "approved"')
      })

      it("hides the gallery details of unpublished products from buyers", async () => {
        const visible = catalog.products.find((p) => p.curation === "approved" && activeMsmes.has(p.msme) && p.export)!
        const ok = await api.get(`/store/gallery/products/${visible.handle}`, store())
        expect(ok.data.msme.handle).toBe(visible.msme)
        expect(ok.data.profile.hs_code).toBe(visible.export!.hs_code)
        const hidden = catalog.products.find((p) => p.curation === "draft")!
        const res = await api
          .get(`/store/gallery/products/${hidden.handle}`, store())
          .catch((e: { response: unknown }) => e.response)
        expect(res.status).toBe(404)
      })
    })
  },
})
