import { describe, expect, it } from "vitest"
import {
  BODY_LIMITS,
  bodyLimit,
  clientAddress,
  readEdgeSettings,
  refuseBody,
  rewriteForwarding,
  sameOriginPath,
} from "./edge"

const direct = readEdgeSettings({})
const proxied = readEdgeSettings({ PUBLIC_URL: "https://galeri.example", TRUSTED_PROXIES: "10.0.0.5" })

describe("the buyer's address", () => {
  it("is the peer unless the peer is a trusted proxy", () => {
    expect(clientAddress("203.0.113.7", "1.2.3.4", direct)).toBe("203.0.113.7")
    expect(clientAddress("::ffff:203.0.113.7", undefined, direct)).toBe("203.0.113.7")
  })
  it("behind trusted proxies, is the right-most hop that is not one: a client's own claim is never believed", () => {
    // the client claims 1.1.1.1; nginx (10.0.0.5) appended the real peer 198.51.100.9
    expect(clientAddress("10.0.0.5", "1.1.1.1, 198.51.100.9", proxied)).toBe("198.51.100.9")
    expect(clientAddress("127.0.0.1", "198.51.100.9, 10.0.0.5", proxied)).toBe("198.51.100.9")
    expect(clientAddress("10.0.0.5", "not-an-ip", proxied)).toBe("10.0.0.5")
  })
})

describe("forwarding headers", () => {
  it("drop a client's X-Forwarded-Proto/Host and set them from PUBLIC_URL for trusted proxies only", () => {
    const fromClient: Record<string, string | undefined> = {
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
      "x-forwarded-for": "1.1.1.1",
    }
    rewriteForwarding(fromClient, "203.0.113.7", proxied)
    expect(fromClient).toEqual({ "x-forwarded-for": "203.0.113.7", host: "galeri.example" })
    const fromProxy: Record<string, string | undefined> = {
      "x-forwarded-host": "evil.example",
      "x-forwarded-for": "198.51.100.9",
    }
    rewriteForwarding(fromProxy, "10.0.0.5", proxied)
    expect(fromProxy).toEqual({
      host: "galeri.example",
      "x-forwarded-for": "198.51.100.9",
      "x-forwarded-proto": "https",
      "x-forwarded-host": "galeri.example",
    })
  })
  it("leave Host alone without PUBLIC_URL (a laptop, the tests)", () => {
    const headers: Record<string, string | undefined> = { host: "127.0.0.1:4321" }
    rewriteForwarding(headers, "127.0.0.1", direct)
    expect(headers.host).toBe("127.0.0.1:4321")
  })
  it("refuses a PUBLIC_URL that is not http(s)", () => {
    expect(() => readEdgeSettings({ PUBLIC_URL: "ftp://x" })).toThrow(/PUBLIC_URL/)
  })
})

describe("body limits", () => {
  it("are small for every form and larger only for a signed-in seller's upload pages", () => {
    expect(bodyLimit("/api/region", undefined, "galeri_mitra")).toBe(BODY_LIMITS.form)
    expect(bodyLimit("/mitra/produk/baru", undefined, "galeri_mitra")).toBe(BODY_LIMITS.form)
    expect(bodyLimit("/mitra/produk/baru", "a=1; galeri_mitra=tok", "galeri_mitra")).toBe(BODY_LIMITS.product)
    expect(bodyLimit("/en/mitra/produk/prod_1?x=1", "galeri_mitra=tok", "galeri_mitra")).toBe(BODY_LIMITS.product)
    expect(bodyLimit("/en/mitra/izin", "galeri_mitra=tok", "galeri_mitra")).toBe(BODY_LIMITS.permit)
    expect(bodyLimit("/mitra/profil", "galeri_mitra=tok", "galeri_mitra")).toBe(BODY_LIMITS.form)
  })
  it("answer 413 with a message in both languages before the body is read, and 411 for a body of unknown length", () => {
    expect(refuseBody("POST", { "content-length": String(100 * 1024 * 1024) }, BODY_LIMITS.form)).toMatchObject({
      status: 413,
      message: expect.stringMatching(/terlalu besar.*64 KB.*too large/),
    })
    expect(refuseBody("POST", { "content-length": "1000" }, BODY_LIMITS.form)).toBeNull()
    expect(refuseBody("POST", { "transfer-encoding": "chunked" }, BODY_LIMITS.form)?.status).toBe(411)
    expect(refuseBody("GET", { "content-length": "999999999" }, BODY_LIMITS.form)).toBeNull()
  })
})

describe("redirects", () => {
  const site = "http://localhost:4321"
  it("go to paths of this site only", () => {
    expect(sameOriginPath("/en/produk/x?y=1#z", site)).toBe("/en/produk/x?y=1#z")
    expect(sameOriginPath("http://localhost:4321/kategori/batik", site)).toBe("/kategori/batik")
    for (const evil of [
      "//evil.example/x",
      "/\\evil.example/x",
      "https://evil.example/x",
      "http://localhost:4321//evil.example/x",
      "javascript:alert(1)",
      "/\u0000x",
    ]) {
      expect(sameOriginPath(evil, site, "/keranjang")).toBe("/keranjang")
    }
  })
})
