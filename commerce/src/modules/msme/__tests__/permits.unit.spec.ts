import { checkPermitNumber, verifiedPermits } from "../permits"

describe("permit numbers", () => {
  it.each([
    ["nib", "9120001234567", true],
    ["nib", "912000123456", false],
    ["npwp", "09.254.294.3-407.000", true],
    ["npwp", "0925429434070001", true],
    ["halal", "ID32110000123450223", true],
    ["halal", "32110000123450223", false],
    ["pirt", "2063209012345-25", true],
    ["bpom_md", "MD 224410001234", true],
    ["bpom_md", "ML 224410001234", false],
    ["trademark", "IDM000123456", true],
  ] as const)("%s %s -> %s", (type, number, ok) => {
    expect(checkPermitNumber(type, number).ok).toBe(ok)
  })

  it("normalizes formatting away", () => {
    expect(checkPermitNumber("bpom_md", "md 2244-1000-1234")).toEqual({ ok: true, number: "MD224410001234" })
  })

  it("says what a valid number looks like", () => {
    expect(checkPermitNumber("nib", "12345")).toEqual({
      ok: false,
      message: expect.stringMatching(/NIB .*"12345" is not valid: expected 13 digits/),
    })
  })
})

describe("permits buyers see", () => {
  it("are the verified ones that have not expired", () => {
    const now = Date.parse("2026-12-01")
    const shown = verifiedPermits(
      [
        { type: "nib", number: "9120001234567", status: "verified", expires_at: null },
        { type: "halal", number: "ID1", status: "verified", expires_at: "2026-11-30" },
        { type: "pirt", number: "2", status: "pending", expires_at: null },
      ],
      now,
    )
    expect(shown.map((p) => p.type)).toEqual(["nib"])
  })
})
