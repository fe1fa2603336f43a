import { describe, expect, it } from "vitest"
import { accessLogLine, currentRequestId, requestIdHeaders, requestIdOf, withRequestId } from "./request-id"

describe("request ids", () => {
  it("keeps a well-formed incoming id and replaces a missing or malformed one", () => {
    expect(requestIdOf("3f1c2b7e-5d0a-4c1e-9f7a-1b2c3d4e5f60")).toBe("3f1c2b7e-5d0a-4c1e-9f7a-1b2c3d4e5f60")
    expect(requestIdOf(["proxy-id-0001", "second"])).toBe("proxy-id-0001")
    for (const bad of [undefined, "", "short", 'x" {"level":"error"}', "a".repeat(129)])
      expect(requestIdOf(bad)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(requestIdOf(undefined)).not.toBe(requestIdOf(undefined))
  })

  it("follows the request across awaits and timers, and only that request", async () => {
    expect(currentRequestId()).toBeNull()
    expect(requestIdHeaders()).toEqual({})
    const seen = await Promise.all(
      ["request-aaaa", "request-bbbb"].map((id) =>
        withRequestId(id, async () => {
          await new Promise((r) => setTimeout(r, 5))
          await Promise.resolve()
          return requestIdHeaders()
        }),
      ),
    )
    expect(seen).toEqual([{ "x-request-id": "request-aaaa" }, { "x-request-id": "request-bbbb" }])
    expect(currentRequestId()).toBeNull()
  })

  it("writes one JSON line a log reader can parse, with Medusa's field names", () => {
    const line = accessLogLine({
      id: "request-aaaa",
      method: "GET",
      path: "/en/produk/x/",
      status: 200,
      ms: 12.345,
      at: new Date("2026-12-03T00:00:00Z"),
    })
    expect(line).not.toContain("\n")
    expect(JSON.parse(line)).toEqual({
      level: "http",
      service: "storefront",
      request_id: "request-aaaa",
      method: "GET",
      path: "/en/produk/x/",
      status: 200,
      duration: 12.3,
      timestamp: "2026-12-03T00:00:00.000Z",
    })
  })
})
