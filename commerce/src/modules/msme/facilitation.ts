/**
 * Permit facilitation (the office's legality target): the permits the office helps MSMEs get, the
 * path of a case, and which permit an MSME still lacks. The msme module's rules; no imports of
 * server code.
 */
import type { PermitType } from "./permits"

/** The permits the office facilitates: NIB first (OSS), then halal, P-IRT, BPOM (MD). */
export const FACILITATION_PERMITS = ["nib", "halal", "pirt", "bpom_md"] as const
export type FacilitationPermit = (typeof FACILITATION_PERMITS)[number]

export const FACILITATION_STATUSES = ["identified", "referred", "in_progress", "issued", "dropped"] as const
export type FacilitationStatus = (typeof FACILITATION_STATUSES)[number]

/** Which status may follow which: issued and dropped close a case (a dropped case may be opened again as a new one). */
export const FACILITATION_TRANSITIONS: Record<FacilitationStatus, FacilitationStatus[]> = {
  identified: ["referred", "in_progress", "issued", "dropped"],
  referred: ["in_progress", "issued", "dropped"],
  in_progress: ["referred", "issued", "dropped"],
  issued: [],
  dropped: [],
}

export const isClosedCase = (status: FacilitationStatus) => status === "issued" || status === "dropped"

export function canMoveCase(from: FacilitationStatus, to: FacilitationStatus): boolean {
  return FACILITATION_TRANSITIONS[from].includes(to)
}

/** How each permit is usually obtained: the route a facilitator follows, said to the MSME in both languages. */
export const FACILITATION_ROUTES: Record<FacilitationPermit, { id: string; en: string }> = {
  nib: {
    id: "Daftar NIB gratis di OSS (oss.go.id) dengan KTP; petugas dinas bisa mendampingi.",
    en: "Register for an NIB for free on OSS (oss.go.id) with the owner's ID card; an officer can help.",
  },
  halal: {
    id: "Sertifikasi halal jalur self-declare (SEHATI) lewat SIHALAL dengan pendamping proses produk halal.",
    en: "Halal certification by self-declaration (SEHATI) through SIHALAL, with a halal process facilitator.",
  },
  pirt: {
    id: "SPP-IRT dari Dinas Kesehatan setelah penyuluhan keamanan pangan dan pemeriksaan sarana produksi.",
    en: "SPP-IRT from the district health office after food-safety training and an inspection of the kitchen.",
  },
  bpom_md: {
    id: "Izin edar BPOM MD untuk pangan olahan berisiko tinggi, lewat e-registration BPOM.",
    en: "BPOM MD registration for higher-risk processed food, through BPOM's e-registration.",
  },
}

/** The facilitated permits an MSME of this sector should have: NIB for all; for food, halal and P-IRT (or BPOM MD). */
export function neededPermits(sector: string): FacilitationPermit[] {
  return sector === "culinary" ? ["nib", "halal", "pirt"] : ["nib"]
}

/** A permit counts when it is verified and not expired; P-IRT is also met by BPOM MD. */
export function hasPermit(
  permits: { type: string; status: string; expires_at?: string | Date | null }[],
  type: PermitType,
  now = Date.now(),
): boolean {
  const ok = (t: string) =>
    permits.some(
      (p) => p.type === t && p.status === "verified" && (!p.expires_at || new Date(p.expires_at).getTime() > now),
    )
  return ok(type) || (type === "pirt" && ok("bpom_md"))
}
