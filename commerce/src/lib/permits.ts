/** What buyers may see of an MSME's permits: the verified ones that have not expired, with their numbers. */
export type PermitRow = { type: string; number: string; status: string; expires_at: string | Date | null }

export function verifiedPermits(permits: PermitRow[] | undefined, now = Date.now()) {
  return (permits ?? [])
    .filter((p) => p.status === "verified" && (!p.expires_at || new Date(p.expires_at).getTime() > now))
    .map(({ type, number, expires_at }) => ({ type, number, expires_at }))
}
