/**
 * The password rule for every account that registers (staff, sellers, customers) and every password
 * change: long enough to resist guessing, and not made of the email address or a well-known password.
 */
export const PASSWORD_MIN = 10
export const PASSWORD_MAX = 128

const COMMON = new Set([
  "1234567890",
  "12345678910",
  "123456789a",
  "0123456789",
  "password123",
  "password1234",
  "passw0rd123",
  "qwertyuiop",
  "qwerty12345",
  "1q2w3e4r5t",
  "iloveyou123",
  "katasandi123",
  "rahasia1234",
  "indonesia123",
  "bismillah123",
  "galericaruban",
  "galeri-caruban",
  "caruban2026",
  "cirebon2026",
  "admin12345",
  "administrator",
])

export type PasswordProblem = { code: "weak_password"; message: string } | null

export function checkPassword(password: unknown, email?: unknown): PasswordProblem {
  const weak = (message: string) => ({ code: "weak_password" as const, message })
  if (typeof password !== "string" || password.length < PASSWORD_MIN) {
    return weak(`The password needs at least ${PASSWORD_MIN} characters.`)
  }
  if (password.length > PASSWORD_MAX) return weak(`The password is at most ${PASSWORD_MAX} characters.`)
  const lower = password.toLowerCase()
  if (new Set(lower).size < 4) return weak("The password needs more different characters.")
  if (COMMON.has(lower)) return weak("This password is too well known: choose another.")
  if (typeof email === "string" && email.includes("@")) {
    const address = email.trim().toLowerCase()
    const local = address.split("@")[0]!
    if (lower.includes(address) || (local.length >= 4 && lower.includes(local))) {
      return weak("The password must not contain your email address.")
    }
  }
  return null
}
