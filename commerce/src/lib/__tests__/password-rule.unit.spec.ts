import { checkPassword } from "../password-rule"

describe("the password rule", () => {
  it("refuses short, repetitive, well-known and email-based passwords with a reason", () => {
    expect(checkPassword("a")?.message).toMatch(/at least 10/)
    expect(checkPassword(undefined)?.code).toBe("weak_password")
    expect(checkPassword("aaaaaaaaaaaa")?.message).toMatch(/different characters/)
    expect(checkPassword("Password123")?.message).toMatch(/well known/)
    expect(checkPassword("ratna.batik2026", "ratna.batik@example.id")?.message).toMatch(/email/)
    expect(checkPassword("x".repeat(129))?.message).toMatch(/at most 128/)
  })
  it("accepts a long, varied password", () => {
    expect(checkPassword("Batik-Trusmi-2026", "ratna@example.id")).toBeNull()
    expect(checkPassword("kursi rotan tegalwangi")).toBeNull()
  })
})
