import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { growCatalog } from "../../src/lib/bulk-catalog"
import { type SeedResult, seedGallery } from "../../src/lib/seed"
import { createStaff, storeHeaders } from "../helpers/admin"
import { until } from "../helpers/until"

jest.setTimeout(600_000)

/** More products in one category than the old listing read (it scanned at most 5,000 and sorted them in memory). */
const OLD_CAP = 5_000
const GROWN = OLD_CAP + 150
const QUEUED = 130

type Listing = { ids: string[]; count: number }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: SeedResult
    let before: number
    let admin: Record<string, string>

    beforeAll(async () => {
      seeded = await seedGallery(getContainer())
      before = await categoryCount("batik-cap")
      await growCatalog(getContainer(), { add: GROWN, category: "batik-cap", tag: "scale", parallel: 2 })
      await growCatalog(getContainer(), { add: QUEUED, category: "masks", tag: "queue", curation: "submitted" })
    })

    beforeEach(async () => {
      admin = (await createStaff(getContainer())).headers
    })

    const store = { headers: {} as Record<string, string> }
    const listing = async (q: string): Promise<Listing> => {
      store.headers = storeHeaders(seeded.setup.publishable_key)
      return (await api.get(`/store/gallery/listing?${q}`, store)).data
    }
    async function categoryCount(handle: string): Promise<number> {
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows } = await knex.raw(
        `select count(*)::int as n from product p join product_category_product pc on pc.product_id = p.id
           join product_category c on c.id = pc.product_category_id
          where c.handle = ? and p.status = 'published' and p.deleted_at is null`,
        [handle],
      )
      return rows[0].n
    }

    describe("category and MSME listings", () => {
      it("list every product of a category larger than the old cap, counted right, to its last page", async () => {
        const total = before + GROWN
        expect(total).toBeGreaterThan(OLD_CAP)
        const first = await listing("category=batik-cap&limit=60")
        expect(first.count).toBe(total)
        expect(first.ids).toHaveLength(60)
        // the last page is there and is short by exactly the remainder
        const lastOffset = Math.floor((total - 1) / 60) * 60
        const last = await listing(`category=batik-cap&limit=60&offset=${lastOffset}`)
        expect(last.ids).toHaveLength(total - lastOffset)
        expect(last.count).toBe(total)
        // pages neither overlap nor skip: two consecutive pages make the first 120 of one request's order
        const second = await listing("category=batik-cap&limit=60&offset=60")
        expect(new Set([...first.ids, ...second.ids]).size).toBe(120)
        // past the old cap: the demo's own products, made before the grown ones, are the newest-first order's tail
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const { rows } = await knex.raw(
          `select p.id from product p join product_category_product pc on pc.product_id = p.id
             join product_category c on c.id = pc.product_category_id
            where c.handle = 'batik-cap' and p.status = 'published' and p.handle not like 'scale-%'`,
        )
        expect(rows.length).toBe(before)
        const tail = await listing(`category=batik-cap&limit=${before}&offset=${total - before}`)
        expect(tail.ids.sort()).toEqual((rows as { id: string }[]).map((r) => r.id).sort())
      })

      it("sorts by price in the buyer's currency across the whole category, not a scanned part of it", async () => {
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const lowest = async (ids: string[]) => {
          const { rows } = await knex.raw(
            `select p.id, min(pr.amount)::float as amount from product p join product_variant v on v.product_id = p.id
               join product_variant_price_set vps on vps.variant_id = v.id
               join price pr on pr.price_set_id = vps.price_set_id and pr.currency_code = 'sgd' and pr.price_list_id is null
              where p.id = any(?) group by p.id`,
            [ids],
          )
          const by = new Map((rows as { id: string; amount: number }[]).map((r) => [r.id, r.amount]))
          return ids.map((id) => by.get(id)!)
        }
        const cheap = await listing("category=batik-cap&sort=price_asc&currency_code=sgd&limit=30")
        const dear = await listing("category=batik-cap&sort=price_desc&currency_code=sgd&limit=30")
        const cheapPrices = await lowest(cheap.ids)
        const dearPrices = await lowest(dear.ids)
        expect(cheapPrices).toEqual([...cheapPrices].sort((a, b) => a - b))
        expect(dearPrices).toEqual([...dearPrices].sort((a, b) => b - a))
        const { rows } = await knex.raw(
          `select min(pr.amount)::float as lo, max(pr.amount)::float as hi from product p
             join product_category_product pc on pc.product_id = p.id join product_category c on c.id = pc.product_category_id and c.handle = 'batik-cap'
             join product_variant v on v.product_id = p.id join product_variant_price_set vps on vps.variant_id = v.id
             join price pr on pr.price_set_id = vps.price_set_id and pr.currency_code = 'sgd' and pr.price_list_id is null
            where p.status = 'published'`,
        )
        expect(cheapPrices[0]).toBe(rows[0].lo)
        expect(dearPrices[0]).toBe(rows[0].hi)
        // by name: the database's order, case-insensitive
        const named = await listing("category=batik-cap&sort=name&limit=20")
        const { data } = await api.get(
          `/store/products?id[]=${named.ids.join("&id[]=")}&fields=id,title&limit=20`,
          store,
        )
        const title = new Map(
          (data.products as { id: string; title: string }[]).map((p) => [p.id, p.title.toLowerCase()]),
        )
        const titles = named.ids.map((id) => title.get(id)!)
        expect(titles.every((t, i) => i === 0 || titles[i - 1]! <= t)).toBe(true)
      })

      it("counts an MSME's products across the catalog and leaves out drafts waiting for curation", async () => {
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const { rows } = await knex.raw(
          `select m.handle, count(*)::int as n from msme m join msme_msme_product_product mp on mp.msme_id = m.id and mp.deleted_at is null
             join product p on p.id = mp.product_id and p.status = 'published' and p.deleted_at is null
            where m.status = 'active' group by m.handle order by n desc limit 1`,
        )
        const top = rows[0] as { handle: string; n: number }
        expect(top.n).toBeGreaterThan(100)
        const page = await listing(`msme=${top.handle}&limit=60&offset=60`)
        expect(page.count).toBe(top.n)
        expect(page.ids).toHaveLength(60)
        // the masks waiting in the queue are drafts: the masks category lists only what is published
        expect((await listing("category=masks&limit=60")).count).toBe(await categoryCount("masks"))
      })

      it("pages the active MSMEs for the sitemap and the directory, counted", async () => {
        const all = (await api.get("/store/gallery/msmes?limit=5000", store)).data
        const page = (await api.get("/store/gallery/msmes?limit=5&offset=5&order=created_at", store)).data
        expect(page.count).toBe(all.count)
        expect(page.msmes).toHaveLength(5)
        expect((await api.get("/store/gallery/msmes?limit=0", { ...store, validateStatus: () => true })).status).toBe(
          400,
        )
      })
    })

    describe("search at scale", () => {
      it("reindexes every searchable product in keyset pages, and counts common words up to a bound", async () => {
        const search = getContainer().resolve(Modules.SEARCH) as { reindex: (i: { index: string }) => Promise<unknown> }
        await search.reindex({ index: "product" })
        store.headers = storeHeaders(seeded.setup.publishable_key)
        const post = async (body: Record<string, unknown>) =>
          (await api.post("/store/search", { entity: "product", ...body }, store)).data.results[0] as {
            hits: { document: { handle: string } }[]
            metadata: { count: number; count_is_lower_bound?: boolean }
          }
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const { rows } = await knex.raw(
          `select count(*)::int as n from product p join product_product_curation_product_curation l on l.product_id = p.id
             join product_curation pc on pc.id = l.product_curation_id and pc.status = 'approved'
             join msme_msme_product_product mp on mp.product_id = p.id join msme m on m.id = mp.msme_id and m.status = 'active'
            where p.status = 'published' and p.deleted_at is null`,
        )
        // every page of 1,000 written once: the whole catalog, none twice
        const all = await post({ pagination: { take: 1 }, search_options: { count: "exact" } })
        expect(all.metadata.count).toBe(rows[0].n)
        expect(all.metadata.count).toBeGreaterThan(GROWN)
        // a word thousands of products have: ranked and counted over the first 1,000 matches, said so
        const common = await post({
          filters: { q: "batik" },
          pagination: { take: 12 },
          search_options: { count: "exact" },
        })
        expect(common.hits).toHaveLength(12)
        expect(common.metadata).toMatchObject({ count: 1000, count_is_lower_bound: true })
        // a rarer one is counted exactly
        const rare = await post({
          filters: { q: "megamendung" },
          pagination: { take: 12 },
          search_options: { count: "exact" },
        })
        expect(rare.hits.length).toBeGreaterThan(0)
        expect(rare.metadata.count_is_lower_bound).toBeUndefined()
      })
    })

    describe("the catalog's version (what storefront caches follow)", () => {
      const version = async () =>
        ((await api.get("/store/gallery/catalog-version", store)).data as { version: number }).version

      it("moves with a product saved, a price changed, a curation decided and an MSME edited", async () => {
        store.headers = storeHeaders(seeded.setup.publishable_key)
        const container = getContainer()
        const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const moved = async (change: () => Promise<unknown>) => {
          const before = await version()
          await change()
          return (await until(version, (v) => v > before)) > before
        }
        const { rows } = await knex.raw(
          `select p.id as product_id, vps.price_set_id, mp.msme_id from product p
             join product_variant v on v.product_id = p.id join product_variant_price_set vps on vps.variant_id = v.id
             join msme_msme_product_product mp on mp.product_id = p.id
            where p.status = 'published' and p.handle not like 'scale-%' limit 1`,
        )
        const { product_id, price_set_id, msme_id } = rows[0]
        // a product saved through Medusa's workflow
        expect(
          await moved(() =>
            updateProductsWorkflow(container).run({
              input: { selector: { id: product_id }, update: { subtitle: "baru" } },
            }),
          ),
        ).toBe(true)
        // a price changed in the pricing module (its own event, as bulk tools and price lists make them)
        const pricing = container.resolve(Modules.PRICING)
        expect(
          await moved(() =>
            pricing.updatePriceSets(price_set_id, { prices: [{ amount: 123_456, currency_code: "idr" }] }),
          ),
        ).toBe(true)
        // an MSME's profile edited by staff
        expect(
          await moved(() =>
            api.post(`/admin/msmes/${msme_id}`, { story_en: "A new story for buyers." }, { headers: admin }),
          ),
        ).toBe(true)
        // products loaded in bulk through the module services
        expect(await moved(() => growCatalog(container, { add: 3, tag: "ver" }))).toBe(true)
      })
    })

    describe("staff lists", () => {
      it("pages the curation queue in the database, oldest first, with the category filter and its choices", async () => {
        const seen: string[] = []
        let count = 0
        for (let offset = 0; ; offset += 50) {
          const { data } = await api.get(`/admin/curation?status=submitted&limit=50&offset=${offset}`, {
            headers: admin,
          })
          count = data.count
          seen.push(...(data.items as { product_id: string; curation: { since: string } }[]).map((i) => i.product_id))
          if (offset === 0) {
            const since = (data.items as { curation: { since: string } }[]).map((i) => i.curation.since)
            expect(since).toEqual([...since].sort())
            expect(data.choices.categories.map((c: { handle: string }) => c.handle)).toContain("masks")
          }
          if (offset + 50 >= data.count) break
        }
        expect(count).toBeGreaterThanOrEqual(QUEUED)
        expect(new Set(seen).size).toBe(count)
        const masks = await api.get("/admin/curation?status=submitted&category=masks&limit=10", { headers: admin })
        expect(masks.data.count).toBeGreaterThanOrEqual(QUEUED)
        expect(masks.data.items).toHaveLength(10)
        expect(masks.data.items.every((i: { category: { handle: string } }) => i.category.handle === "masks")).toBe(
          true,
        )
      })
    })
  },
})
