import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedGallery } from "../../src/lib/seed"
import { REGIONS } from "../../src/lib/seed/store-setup"

jest.setTimeout(300_000)

/** What a production database receives from the seed: the store's setup, and no invented MSMEs or products. */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("sets up the store without the demo catalog, twice without change, and the storefront can shop it", async () => {
      const container = getContainer()
      const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const counts = async () =>
        (
          await knex.raw(
            `select (select count(*) from msme where deleted_at is null)::int as msmes,
                    (select count(*) from product where deleted_at is null)::int as products,
                    (select count(*) from seller where deleted_at is null)::int as sellers,
                    (select count(*) from region where deleted_at is null)::int as regions,
                    (select count(*) from product_category where deleted_at is null)::int as categories,
                    (select count(*) from product_collection where deleted_at is null)::int as collections`,
          )
        ).rows[0]
      const first = await seedGallery(container, undefined, { demo: false })
      expect(first.catalog).toMatchObject({ msmes: 0, products: 0, created_products: 0 })
      const after = await counts()
      expect(after).toMatchObject({ msmes: 0, products: 0, sellers: 0, regions: REGIONS.length })
      expect(after.categories).toBeGreaterThan(0)
      expect(after.collections).toBe(2)
      await seedGallery(container, undefined, { demo: false })
      expect(await counts()).toEqual(after)
      // the storefront's key works and finds an empty catalog, not an error
      const res = await api.get("/store/products", {
        headers: { "x-publishable-api-key": first.setup.publishable_key },
      })
      expect(res.status).toBe(200)
      expect(res.data.count).toBe(0)
    })

    it("answers readiness with what it checked: the database, and Redis only where it is used", async () => {
      const res = await api.get("/ready")
      expect(res.status).toBe(200)
      expect(res.headers["cache-control"]).toBe("no-store")
      expect(res.data).toEqual({ status: "ready", checks: { database: "ok", redis: "not used" } })
    })
  },
})
