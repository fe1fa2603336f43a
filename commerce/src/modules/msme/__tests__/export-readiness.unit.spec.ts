import {
  exportReadiness,
  READINESS_RULES,
  type ReadinessFacts,
  readinessBand,
  readinessDistribution,
} from "../export-readiness"

const base: ReadinessFacts = {
  sector: "culinary",
  craft: "terasi",
  permits: [],
  live_products: 1,
  export_complete: 0,
  best_grade: null,
  inquiry_lines: 0,
  inquiry_offers: 0,
}
const score = (facts: ReadinessFacts, market: string) => exportReadiness(facts).find((r) => r.market === market)!

describe("export readiness", () => {
  it("scores a food MSME with nothing at 0 and asks for NIB first, then halal for Malaysia and the Middle East", () => {
    const my = score(base, "my")
    expect(my.score).toBe(0)
    expect(my.steps.map((s) => s.key).slice(0, 2)).toEqual(["nib", "halal"])
    expect(my.steps[0]!.permit).toBe("nib")
    // halal weighs less where it is not required (Singapore)
    expect(score(base, "sg").steps.find((s) => s.key === "halal_sg")).toBeTruthy()
    expect(score(base, "sg").steps.some((s) => s.key === "halal")).toBe(false)
  })

  it("counts only the rules that apply: crafts need no food permits, wood and rattan need timber legality", () => {
    const batik = {
      ...base,
      sector: "craft",
      craft: "batik tulis",
      permits: ["nib"],
      export_complete: 1,
      best_grade: "A",
    }
    expect(score(batik, "me")).toMatchObject({ score: 100, steps: [] })
    const rattan = { ...batik, craft: "kursi rotan" }
    expect(score(rattan, "me").steps.map((s) => s.key)).toEqual(["svlk"])
  })

  it("rises as permits and export data come in, to 100 when all is in place", () => {
    const ready = {
      ...base,
      permits: ["nib", "halal", "bpom_md"],
      export_complete: 2,
      best_grade: "B",
      inquiry_lines: 2,
      inquiry_offers: 1,
    }
    for (const market of ["sg", "my", "me"]) expect(score(ready, market).score).toBe(100)
    const partway = { ...ready, permits: ["nib"] }
    expect(score(partway, "my").score).toBeGreaterThan(0)
    expect(score(partway, "my").score).toBeLessThan(100)
  })

  it("states a source for every rule", () => {
    for (const rule of READINESS_RULES) expect(rule.source.length).toBeGreaterThan(10)
  })

  it("counts groups of MSMEs into bands per market, weighted by how many share the facts", () => {
    expect([readinessBand(80), readinessBand(79), readinessBand(50), readinessBand(49), readinessBand(0)]).toEqual([
      "ready",
      "on_the_way",
      "on_the_way",
      "early",
      "early",
    ])
    const ready = { ...base, permits: ["nib", "halal", "bpom_md"], export_complete: 1, best_grade: "A" }
    const nothing = { ...base, live_products: 0 }
    const [sg, my] = readinessDistribution([
      { facts: ready, msmes: 3 },
      { facts: nothing, msmes: 7 },
    ])
    expect(sg).toEqual({ market: "sg", msmes: 10, ready: 3, on_the_way: 0, early: 7, average: 30 })
    expect(my).toMatchObject({ msmes: 10, ready: 3, early: 7 })
    expect(readinessDistribution([])[0]).toEqual({
      market: "sg",
      msmes: 0,
      ready: 0,
      on_the_way: 0,
      early: 0,
      average: null,
    })
  })
})
