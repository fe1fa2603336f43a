import { loadCatalog } from "@galeri/content"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { galleryLocationId } from "../../src/lib/gallery-location"
import { type SeedResult, seedGallery } from "../../src/lib/seed"
import { storeHeaders } from "../helpers/admin"

jest.setTimeout(300_000)

type Listing = { ids: string[]; count: number }

/**
 * What the storefront's pages read besides Medusa's Store API: the maker on every card, the MSME
 * directory with its filters and map counts, the home page's category tiles, and whether a product
 * stands in the showroom today.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: SeedResult
    let store: { headers: Record<string, string>; validateStatus: () => boolean }
    const catalog = loadCatalog()

    beforeAll(async () => {
      seeded = await seedGallery(getContainer())
      store = { headers: storeHeaders(seeded.setup.publishable_key), validateStatus: () => true }
    })

    const products = async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["id", "handle", "status"], filters: {} })
      return data as { id: string; handle: string; status: string }[]
    }

    it("names each published product's maker and kecamatan (two MSMEs' same-titled cloths apart), never a draft's", async () => {
      const all = await products()
      const published = all.filter((p) => p.status === "published")
      const draft = all.find((p) => p.status !== "published")!
      const res = await api.get(
        `/store/gallery/makers?ids=${[...published.slice(0, 30), draft].map((p) => p.id).join(",")}`,
        store,
      )
      expect(res.status).toBe(200)
      for (const p of published.slice(0, 30)) {
        const demo = catalog.products.find((d) => d.handle === p.handle)
        if (!demo) continue
        const maker = catalog.msmes.find((m) => m.handle === demo.msme)!
        expect(res.data.makers[p.id]).toEqual({ handle: maker.handle, name: maker.name, kecamatan: maker.kecamatan })
      }
      expect(res.data.makers[draft.id]).toBeUndefined()
      // same title, two makers
      const sameTitle = catalog.products.filter(
        (d) => d.title.en === "Rattan Terrace Chair" && d.curation === "approved",
      )
      expect(sameTitle.length).toBeGreaterThan(1)
      const chairIds = sameTitle.map((d) => published.find((p) => p.handle === d.handle)!.id)
      const chairs = (await api.get(`/store/gallery/makers?ids=${chairIds.join(",")}`, store)).data.makers
      expect(new Set(chairIds.map((id) => chairs[id].name)).size).toBe(chairIds.length)

      expect((await api.get("/store/gallery/makers", store)).status).toBe(400)
      expect((await api.get("/store/gallery/makers?ids=drop%20table", store)).data.message).toMatch(/product ids/)
      const tooMany = Array.from({ length: 61 }, (_, i) => `prod_${i}`).join(",")
      expect((await api.get(`/store/gallery/makers?ids=${tooMany}`, store)).data.message).toMatch(/at most.*60/)
    })

    it("lists the MSME directory by kecamatan and craft, with published products counted and the map's counts", async () => {
      const all = (await api.get("/store/gallery/msmes?limit=100", store)).data
      expect(all.count).toBeGreaterThan(10)
      const sum = Object.values(all.kecamatan_counts as Record<string, number>).reduce((a, b) => a + b, 0)
      expect(sum).toBe(all.count)
      // each MSME's products count is what its listing counts
      for (const m of all.msmes.slice(0, 5) as { handle: string; product_count: number; story_id: string }[]) {
        const listing: Listing = (await api.get(`/store/gallery/listing?msme=${m.handle}&limit=1`, store)).data
        expect(m.product_count).toBe(listing.count)
        expect(m.story_id.length).toBeGreaterThan(20)
        expect(m.story_id.length).toBeLessThanOrEqual(281)
      }
      const plered = (await api.get("/store/gallery/msmes?kecamatan=Plered&limit=100", store)).data
      expect(plered.count).toBe(all.kecamatan_counts.Plered)
      expect(plered.msmes.every((m: { kecamatan: string }) => m.kecamatan === "Plered")).toBe(true)
      const rattan = (await api.get("/store/gallery/msmes?craft=rattan-furniture&limit=100", store)).data
      expect(rattan.count).toBe(
        catalog.msmes.filter((m) => m.craft === "rattan-furniture" && m.status === "active").length,
      )
      expect(rattan.msmes.every((m: { craft: string }) => m.craft === "rattan-furniture")).toBe(true)
      // the map counts follow the craft filter, not the kecamatan one
      expect(Object.values(rattan.kecamatan_counts as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(
        rattan.count,
      )
      const bad = await api.get("/store/gallery/msmes?kecamatan=Atlantis", store)
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/kecamatan/)
    })

    it("gives each category's tile its published products counted and its newest one's picture", async () => {
      const covers = (await api.get("/store/gallery/category-covers", store)).data.covers
      for (const handle of ["batik-tulis", "shrimp-paste", "rattan-furniture"]) {
        const listing: Listing = (await api.get(`/store/gallery/listing?category=${handle}&limit=1`, store)).data
        expect(covers[handle].product_count).toBe(listing.count)
        expect(covers[handle].thumbnail).toMatch(/^http/)
      }
    })

    it("says how many pieces of a product stand in the showroom today, and none once its shelf is empty", async () => {
      const container = getContainer()
      const gallery = await galleryLocationId(container)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      type Row = {
        handle: string
        status: string
        variants: {
          inventory_items: {
            inventory_item_id: string
            inventory: { location_levels: { location_id: string; available_quantity: number }[] }
          }[]
        }[]
      }
      const { data } = await query.graph({
        entity: "product",
        fields: [
          "handle",
          "status",
          "variants.inventory_items.inventory_item_id",
          "variants.inventory_items.inventory.location_levels.*",
        ],
        filters: { status: "published" },
      })
      const atGallery = (r: Row) =>
        r.variants
          .flatMap((v) => v.inventory_items)
          .flatMap((i) => i.inventory.location_levels)
          .filter((l) => l.location_id === gallery)
          .reduce((s, l) => s + Number(l.available_quantity), 0)
      const held = (data as Row[]).find((r) => atGallery(r) > 0)!
      expect(held).toBeDefined()
      const res = await api.get(`/store/gallery/products/${held.handle}`, store)
      expect(res.data.at_gallery).toEqual({ available: atGallery(held) })

      const inventory = container.resolve(Modules.INVENTORY)
      await inventory.updateInventoryLevels(
        held.variants
          .flatMap((v) => v.inventory_items)
          .map((i) => ({ inventory_item_id: i.inventory_item_id, location_id: gallery, stocked_quantity: 0 })),
      )
      expect((await api.get(`/store/gallery/products/${held.handle}`, store)).data.at_gallery).toEqual({ available: 0 })
    })
  },
})
