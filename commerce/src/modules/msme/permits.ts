/**
 * Permit (legalitas usaha) types and their number formats: the msme module's rules. Request
 * validation, the seed's check of the demo catalog and the storefront (through
 * `@galeri/commerce/contracts`) all read them here. No imports: this file runs anywhere.
 */

export const PERMIT_TYPES = ["nib", "npwp", "halal", "pirt", "bpom_md", "bpom_ml", "sni", "trademark"] as const
export type PermitType = (typeof PERMIT_TYPES)[number]

export const PERMIT_STATUSES = ["pending", "verified", "rejected", "expired"] as const
export type PermitStatus = (typeof PERMIT_STATUSES)[number]

type PermitRule = {
  /** Name as buyers and staff know it. */
  label: { id: string; en: string }
  /** Turns what a person typed into the stored form (spaces, dots and dashes removed where they are only formatting). */
  normalize: (raw: string) => string
  pattern: RegExp
  /** What a valid number looks like, said so that a person can fix theirs. */
  expected: string
}

const digitsOnly = (raw: string) => raw.replace(/[\s.\-/]/g, "")
const upperCompact = (raw: string) => raw.replace(/[\s.\-/]/g, "").toUpperCase()

export const PERMIT_RULES: Record<PermitType, PermitRule> = {
  nib: {
    label: { id: "NIB (Nomor Induk Berusaha)", en: "NIB (business identification number)" },
    normalize: digitsOnly,
    pattern: /^\d{13}$/,
    expected: "13 digits, as issued by OSS (e.g. 9120001234567)",
  },
  npwp: {
    label: { id: "NPWP", en: "NPWP (tax ID)" },
    normalize: digitsOnly,
    pattern: /^(\d{15}|\d{16})$/,
    expected: "16 digits (or the older 15-digit form), dots and dashes allowed",
  },
  halal: {
    label: { id: "Sertifikat Halal", en: "Halal certificate" },
    normalize: upperCompact,
    pattern: /^ID\d{10,20}$/,
    expected: 'BPJPH number: "ID" followed by 10 to 20 digits (e.g. ID32110000123450223)',
  },
  pirt: {
    label: { id: "SPP-IRT (P-IRT)", en: "Home-industry food permit (SPP-IRT)" },
    normalize: digitsOnly,
    pattern: /^\d{15}$/,
    expected: "15 digits (e.g. 206320901234525)",
  },
  bpom_md: {
    label: { id: "BPOM MD", en: "BPOM registration (MD, domestic)" },
    normalize: upperCompact,
    pattern: /^MD\d{12}$/,
    expected: '"MD" followed by 12 digits (e.g. MD 224410001234)',
  },
  bpom_ml: {
    label: { id: "BPOM ML", en: "BPOM registration (ML, imported)" },
    normalize: upperCompact,
    pattern: /^ML\d{12}$/,
    expected: '"ML" followed by 12 digits',
  },
  sni: {
    label: { id: "Sertifikat SNI", en: "SNI certificate" },
    normalize: (raw) => raw.trim().toUpperCase(),
    pattern: /^[A-Z0-9][A-Z0-9./\- ]{3,39}$/,
    expected: "the certificate number as printed, 4 to 40 letters, digits, dots, slashes or dashes",
  },
  trademark: {
    label: { id: "Merek (HKI)", en: "Registered trademark" },
    normalize: upperCompact,
    pattern: /^(IDM\d{9}|DID\d{10,13})$/,
    expected: 'registration "IDM" followed by 9 digits, or application "DID" followed by 10 to 13 digits',
  },
}

export type PermitNumberCheck = { ok: true; number: string } | { ok: false; message: string }

/** Checks a permit number against its type's format and returns the normalized number or a clear message. */
export function checkPermitNumber(type: PermitType, raw: string): PermitNumberCheck {
  const rule = PERMIT_RULES[type]
  const number = rule.normalize(raw)
  if (rule.pattern.test(number)) return { ok: true, number }
  return { ok: false, message: `${rule.label.en} number "${raw}" is not valid: expected ${rule.expected}` }
}

/** Permits a food or drink product must have before it can be sold, by risk level. */
export const FOOD_PERMITS_ANY_OF: PermitType[][] = [["halal"], ["pirt", "bpom_md"]]

/** What buyers may see of an MSME's permits: the verified ones that have not expired, with their numbers. */
export type PermitRow = { type: string; number: string; status: string; expires_at: string | Date | null }

export function verifiedPermits(permits: PermitRow[] | undefined, now = Date.now()) {
  return (permits ?? [])
    .filter((p) => p.status === "verified" && (!p.expires_at || new Date(p.expires_at).getTime() > now))
    .map(({ type, number, expires_at }) => ({ type, number, expires_at }))
}
