import { describe, expect, it } from "vitest"
import { CatalogCache } from "./catalog-cache"

describe("catalog cache", () => {
  const setup = () => {
    const state = { version: 1, fail: false, asked: 0, loads: 0 }
    let now = 0
    const cache = new CatalogCache(
      async () => {
        state.asked++
        if (state.fail) throw new Error("Medusa away")
        return state.version
      },
      { maxEntries: 3, maxAgeMs: 60_000, now: () => now },
    )
    const load = (value: string) => () => {
      state.loads++
      return Promise.resolve(value)
    }
    return { state, cache, load, tick: (ms: number) => (now += ms) }
  }

  it("answers reads at the same version from the cache and drops them all when the version moves", async () => {
    const { state, cache, load } = setup()
    let v = await cache.check()
    expect(await cache.read("product:a", v, load("A1"))).toBe("A1")
    expect(await cache.read("product:a", v, load("A2"))).toBe("A1")
    expect(state.loads).toBe(1)
    state.version = 2 // a curator approved something
    v = await cache.check()
    expect(cache.size).toBe(0)
    expect(await cache.read("product:a", v, load("A3"))).toBe("A3")
    expect(cache.stats).toMatchObject({ hits: 1, misses: 2 })
  })

  it("shares one version request among the pages asking at once", async () => {
    const { state, cache } = setup()
    const versions = await Promise.all([cache.check(), cache.check(), cache.check()])
    expect(versions).toEqual([1, 1, 1])
    expect(state.asked).toBe(1)
    await cache.check()
    expect(state.asked).toBe(2)
  })

  it("caches nothing while the version cannot be read, and never keeps a failed read", async () => {
    const { state, cache, load } = setup()
    const v = await cache.check()
    await cache.read("a", v, load("A"))
    state.fail = true
    const unknown = await cache.check()
    expect(unknown).toBeNull()
    expect(cache.size).toBe(0)
    expect(await cache.read("a", unknown, load("B"))).toBe("B")
    expect(await cache.read("a", unknown, load("C"))).toBe("C")
    state.fail = false
    const back = await cache.check()
    await expect(cache.read("b", back, () => Promise.reject(new Error("404")))).rejects.toThrow("404")
    expect(await cache.read("b", back, load("B2"))).toBe("B2")
  })

  it("keeps at most maxEntries reads, the oldest going first, none older than maxAgeMs", async () => {
    const { cache, load, tick } = setup()
    const v = await cache.check()
    for (const k of ["a", "b", "c", "d"]) await cache.read(k, v, load(k))
    expect(cache.size).toBe(3)
    expect(await cache.read("a", v, load("a2"))).toBe("a2")
    expect(await cache.read("d", v, load("d2"))).toBe("d")
    tick(61_000)
    expect(await cache.read("d", v, load("d3"))).toBe("d3")
  })

  it("ignores a read tagged with a version other than the current one", async () => {
    const { cache, load } = setup()
    await cache.check()
    expect(await cache.read("a", 7, load("old"))).toBe("old")
    expect(cache.size).toBe(0)
  })
})
