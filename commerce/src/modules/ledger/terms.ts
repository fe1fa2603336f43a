/** What books an entry: a sale and the gallery's commission on it, their reversal on a refund, a payout, a correction. */
export const ENTRY_KINDS = ["sale", "commission", "refund", "commission_refund", "payout", "adjustment"] as const
export type EntryKind = (typeof ENTRY_KINDS)[number]

/** The commission of an MSME that has no agreement on record yet: the gallery's standard consignment terms. */
export const DEFAULT_COMMISSION_BPS = 1500

/** Whole rupiah, half away from zero: the one rounding of the ledger. */
export const rupiah = (value: number) => Math.sign(value) * Math.round(Math.abs(value))

/** The gallery's commission on an amount, in whole rupiah. */
export const commissionOf = (amount: number, bps: number) => rupiah((amount * bps) / 10_000)

/**
 * Splits a whole-rupiah amount over weights (line amounts) in whole rupiah that add up to it exactly
 * (largest remainder): a refund of Rp 100,000 over three equal lines is 33,334 + 33,333 + 33,333.
 */
export function allocate(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  if (!sum) return weights.map(() => 0)
  const exact = weights.map((w) => (total * w) / sum)
  const floors = exact.map(Math.floor)
  let left = total - floors.reduce((a, b) => a + b, 0)
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0])
  for (const [, i] of order) {
    if (left <= 0) break
    floors[i]! += 1
    left--
  }
  return floors
}

/** The month an entry belongs to on statements, in the gallery's time zone (WIB, UTC+7). */
export function monthOf(at: Date): string {
  const wib = new Date(at.getTime() + 7 * 3_600_000)
  return `${wib.getUTCFullYear()}-${String(wib.getUTCMonth() + 1).padStart(2, "0")}`
}

/** A bank account as shown outside the payout page: the last four digits only. */
export const maskAccount = (account: string | null) => (account ? `•••• ${account.replace(/\s/g, "").slice(-4)}` : null)
