import type { MedusaRequest } from "@medusajs/framework/http"
import { clientIp, MemoryRateStore } from "../rate-limit"

const request = (peer: string, forwarded?: string) =>
  ({
    socket: { remoteAddress: peer },
    headers: forwarded ? { "x-forwarded-for": forwarded } : {},
  }) as unknown as MedusaRequest

describe("per-IP limits", () => {
  it("believe X-Forwarded-For only from a trusted proxy (loopback, where the storefront runs, or TRUSTED_PROXIES)", () => {
    expect(clientIp(request("203.0.113.9", "198.51.100.1"), undefined)).toBe("203.0.113.9")
    expect(clientIp(request("127.0.0.1", "198.51.100.1"), undefined)).toBe("198.51.100.1")
    expect(clientIp(request("::ffff:127.0.0.1", "198.51.100.1"), undefined)).toBe("198.51.100.1")
    // a client cannot hide behind a forged first hop: the nearest untrusted hop counts
    expect(clientIp(request("10.0.0.5", "1.2.3.4, 198.51.100.7, 10.0.0.4"), "10.0.0.5,10.0.0.4")).toBe("198.51.100.7")
    expect(clientIp(request("127.0.0.1", "not-an-ip"), undefined)).toBe("127.0.0.1")
  })

  it("count hits per key within a window, and start again after it", async () => {
    const store = new MemoryRateStore()
    expect((await store.hit("a", 60_000)).count).toBe(1)
    expect((await store.hit("a", 60_000)).count).toBe(2)
    expect((await store.hit("b", 60_000)).count).toBe(1)
    expect((await store.hit("c", 1)).count).toBe(1)
    await new Promise((r) => setTimeout(r, 5))
    expect((await store.hit("c", 1)).count).toBe(1)
  })

  it("tell the hits so far without counting one (sign-in throttling counts failures only)", async () => {
    const store = new MemoryRateStore()
    expect((await store.peek("x")).count).toBe(0)
    await store.hit("x", 60_000)
    await store.hit("x", 60_000)
    expect((await store.peek("x")).count).toBe(2)
    expect((await store.peek("x")).count).toBe(2)
    await store.hit("y", 1)
    await new Promise((r) => setTimeout(r, 5))
    expect((await store.peek("y")).count).toBe(0)
  })
})
