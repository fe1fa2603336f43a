import { readFileSync } from "node:fs"
import { expect, test } from "@playwright/test"

/**
 * Production mode as deployed (./gallery test runs it when PostgreSQL and Redis are reachable):
 * Medusa as a server and a worker sharing Redis. Only that suite runs this file (playwright.config.ts
 * leaves it out of the embedded run). The guest order and the export inquiry are
 * buyer.spec.ts and inquiry.spec.ts, run against the same servers. (Medusa Admin's pages are not
 * driven here: production sets Secure session cookies, which a plain-HTTP loopback cannot carry;
 * the curation approval goes through the Admin API with a bearer token instead.)
 */
const MEDUSA_URL = process.env.MEDUSA_URL ?? "http://localhost:9000"
const WORKER_URL = process.env.MEDUSA_WORKER_URL ?? ""
const STAFF = { email: process.env.STAFF_EMAIL ?? "", password: process.env.STAFF_PASSWORD ?? "" }

test.describe("production mode", () => {
  test("the server is ready on PostgreSQL and Redis, and the worker is up beside it", async ({ request }) => {
    const ready = await request.get(`${MEDUSA_URL}/ready`)
    expect({ status: ready.status(), body: await ready.json() }).toEqual({
      status: 200,
      body: { status: "ready", checks: { database: "ok", redis: "ok" } },
    })
    expect((await request.get(`${WORKER_URL}/health`)).status()).toBe(200)
  })

  test("the scheduled jobs are registered by the worker only", async () => {
    const server = readFileSync(process.env.MEDUSA_SERVER_LOG ?? "", "utf8")
    const worker = readFileSync(process.env.MEDUSA_WORKER_LOG ?? "", "utf8")
    for (const job of ["resume-msme-imports", "reconcile-office-sales", "check-permit-expiry"]) {
      expect(worker).toMatch(new RegExp(`Registering job from .*${job}`))
      expect(server).not.toMatch(new RegExp(`Registering job from .*${job}`))
    }
  })

  test("a curation approval on the server reaches search through the worker", async ({ page, request }) => {
    const token = (await (await request.post(`${MEDUSA_URL}/auth/user/emailpass`, { data: STAFF })).json()).token
    const headers = { authorization: `Bearer ${token}` }
    const handle = "patung-singa-barong-ukir-singa-barong"
    const card = `a[href*="/produk/${handle}/"]`
    await page.goto("/en/cari?q=singa+barong")
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
    await expect(page.locator(card)).toHaveCount(0)
    const found = await (
      await request.get(`${MEDUSA_URL}/admin/products?handle=${handle}&fields=id`, { headers })
    ).json()
    const id = found.products[0].id as string
    const scores = { permits: 5, quality: 5, packaging: 4, capacity: 4, market: 5, content: 5 }
    const review = await request.post(`${MEDUSA_URL}/admin/curation/${id}/review`, {
      headers,
      data: { decision: "approve", scores },
    })
    expect(review.status()).toBe(200)
    // the server emits the events into Redis; the worker's search subscriber indexes the product
    await expect(async () => {
      await page.goto("/en/cari?q=singa+barong")
      await expect(page.locator(card).first()).toBeVisible({ timeout: 2_000 })
    }).toPass({ timeout: 60_000 })
  })
})
