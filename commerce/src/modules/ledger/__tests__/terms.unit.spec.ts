import { csvCell, csvText } from "../statement-csv"
import { allocate, commissionOf, maskAccount, monthOf, rupiah } from "../terms"

describe("the ledger's arithmetic", () => {
  it("rounds to whole rupiah, half away from zero, and takes commission in basis points", () => {
    expect(rupiah(10.5)).toBe(11)
    expect(rupiah(-10.5)).toBe(-11)
    expect(commissionOf(1_000_000, 1250)).toBe(125_000)
    expect(commissionOf(99_999, 1500)).toBe(15_000) // 14,999.85
    expect(commissionOf(1, 1500)).toBe(0)
  })

  it("splits a refund over lines in whole rupiah that add up to it exactly", () => {
    expect(allocate(100_000, [1, 1, 1])).toEqual([33_334, 33_333, 33_333])
    expect(allocate(100_000, [2_000_000, 1_160_000])).toEqual([63_291, 36_709])
    const parts = allocate(77_777, [3, 5, 7, 11])
    expect(parts.reduce((a, b) => a + b, 0)).toBe(77_777)
    expect(parts.every(Number.isInteger)).toBe(true)
    expect(allocate(500, [0, 0])).toEqual([0, 0])
  })

  it("puts an entry in its month in Cirebon's time (WIB), and masks a bank account", () => {
    expect(monthOf(new Date("2026-11-30T17:30:00Z"))).toBe("2026-12") // 00:30 on 1 December in Cirebon
    expect(monthOf(new Date("2026-11-30T16:59:00Z"))).toBe("2026-11")
    expect(maskAccount("0012 3456 78901")).toBe("•••• 8901")
    expect(maskAccount(null)).toBeNull()
  })

  it("writes CSV a spreadsheet opens safely", () => {
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)")
    expect(csvCell(-174000)).toBe("-174000")
    expect(csvCell('Kain "Mega Mendung", 2 m')).toBe('"Kain ""Mega Mendung"", 2 m"')
    expect(
      csvText([
        ["a", 1],
        [null, "b"],
      ]),
    ).toBe("a,1\r\n,b\r\n")
  })
})
