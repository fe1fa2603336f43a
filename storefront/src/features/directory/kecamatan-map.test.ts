import { KECAMATAN } from "@galeri/commerce/contracts"
import { describe, expect, it } from "vitest"
import { shade, TILES, tiles, viewBox } from "./kecamatan-map"

describe("the kecamatan tile map", () => {
  it("places every one of the 40 kecamatan once, on its own tile", () => {
    expect(Object.keys(TILES).sort()).toEqual([...KECAMATAN].sort())
    const spots = Object.values(TILES).map(([c, r]) => `${c},${r}`)
    expect(new Set(spots).size).toBe(KECAMATAN.length)
  })

  it("draws hexagons that do not overlap and fit the picture", () => {
    const all = tiles()
    const { width, height } = viewBox()
    for (const a of all) {
      expect(a.points.split(" ")).toHaveLength(6)
      expect(a.x).toBeGreaterThan(0)
      expect(a.x).toBeLessThan(width)
      expect(a.y).toBeLessThan(height)
      for (const b of all) if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(50)
    }
  })

  it("breaks long names onto two lines and shades by MSMEs", () => {
    const byName = new Map(tiles().map((t) => [t.name, t.lines]))
    expect(byName.get("Susukan Lebak")).toEqual(["Susukan", "Lebak"])
    expect(byName.get("Astanajapura")).toHaveLength(2)
    expect(byName.get("Weru")).toEqual(["Weru"])
    expect([shade(0, 10), shade(1, 10), shade(10, 10), shade(5, 0)]).toEqual([0, 1, 4, 0])
  })
})
