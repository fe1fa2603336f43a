import { readFileSync } from "node:fs"
import { expect, test } from "@playwright/test"

/**
 * Production mode as deployed (./gallery test runs it when PostgreSQL and Redis are reachable):
 * Medusa as a server and a worker sharing Redis. The guest order, the export inquiry and the curation
 * approval that reaches search through the worker are buyer.spec.ts, inquiry.spec.ts and
 * admin-curation.spec.ts, run against the same servers.
 */
const MEDUSA_URL = process.env.MEDUSA_URL ?? "http://localhost:9000"
const WORKER_URL = process.env.MEDUSA_WORKER_URL ?? ""
const production = process.env.GALLERY_MODE === "production"

test.describe("production mode", () => {
  test.skip(
    !production,
    "runs against the production-mode gallery (./gallery test, when PostgreSQL and Redis are reachable)",
  )

  test("the server is ready on PostgreSQL and Redis, and the worker is up beside it", async ({ request }) => {
    const ready = await request.get(`${MEDUSA_URL}/ready`)
    expect(ready.status()).toBe(200)
    expect(await ready.json()).toEqual({ status: "ready", checks: { database: "ok", redis: "ok" } })
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
})
