import { readFileSync } from "node:fs"
import { expect, test } from "@playwright/test"

/**
 * Operations a production user expects, in both suites of ./gallery test (embedded, and production
 * with Medusa split into a server and a worker): one request id from the storefront to Medusa,
 * on both sides' JSON log lines.
 */
const SERVER_LOG = process.env.MEDUSA_SERVER_LOG ?? ""

/** The JSON log lines (storefront's and Medusa's server's) that carry `id`. */
function linesWith(id: string): { service?: string; level: string; path: string; status: number }[] {
  return readFileSync(SERVER_LOG, "utf8")
    .split("\n")
    .filter((line) => line.includes(id))
    .map((line) => JSON.parse(line.slice(line.indexOf("{"))))
    .filter((entry) => entry.request_id === id)
}

test("a buyer's search has one request id, answered to the buyer and written by the storefront and by Medusa", async ({
  request,
}) => {
  expect(SERVER_LOG, "the servers' log file (./gallery test sets MEDUSA_SERVER_LOG)").not.toBe("")
  const id = `e2e-${Date.now().toString(36)}-search`
  // a query nobody asked before: the page calls Medusa's search, nothing answers from a cache
  const page = await request.get(`/en/cari?q=rotan+${id.slice(4, 10)}`, { headers: { "x-request-id": id } })
  expect(page.status()).toBe(200)
  expect(page.headers()["x-request-id"]).toBe(id)
  await expect
    .poll(() => {
      const lines = linesWith(id)
      return {
        storefront: lines.filter((l) => l.service === "storefront").map((l) => [l.path, l.status]),
        medusa: lines.some((l) => l.service === undefined && l.level === "http" && l.path.startsWith("/store/search")),
      }
    })
    .toEqual({ storefront: [["/en/cari", 200]], medusa: true })
  // a request without an id gets one of its own
  const other = await request.get("/en/")
  expect(other.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/)
})
