import {
  type ACTOR_TYPES,
  type CERTIFICATES,
  INQUIRY_CURRENCIES as CURRENCIES,
  INCOTERMS,
  type InquiryStatus,
  type PermitType,
  type Unit,
} from "@galeri/commerce/contracts"
import type { Locale } from "./ui"

type Labels<K extends string> = Record<K, Record<Locale, string>>

/** Labels of permits and of an export inquiry's choices (both languages), and the choices themselves. */
export const PERMIT_LABELS: Labels<PermitType> & Record<string, Record<Locale, string>> = {
  nib: { id: "NIB", en: "NIB (business ID)" },
  npwp: { id: "NPWP", en: "NPWP (tax ID)" },
  halal: { id: "Halal", en: "Halal" },
  pirt: { id: "P-IRT", en: "P-IRT (home food industry)" },
  bpom_md: { id: "BPOM MD", en: "BPOM MD" },
  bpom_ml: { id: "BPOM ML", en: "BPOM ML" },
  sni: { id: "SNI", en: "SNI (national standard)" },
  trademark: { id: "Merek terdaftar", en: "Registered trademark" },
}

/** Labels of an export inquiry's choices, in both languages. */
export const INQUIRY_LABELS = {
  status: {
    submitted: { id: "Diterima", en: "Received" },
    in_review: { id: "Sedang ditinjau", en: "In review" },
    quoted: { id: "Sudah ditawar", en: "Quoted" },
    accepted: { id: "Diterima pembeli", en: "Accepted" },
    declined: { id: "Ditolak", en: "Declined" },
    expired: { id: "Kedaluwarsa", en: "Expired" },
  },
  unit: {
    pcs: { id: "buah", en: "pieces" },
    set: { id: "set", en: "sets" },
    pair: { id: "pasang", en: "pairs" },
    kg: { id: "kg", en: "kg" },
    g: { id: "gram", en: "grams" },
    l: { id: "liter", en: "litres" },
    box: { id: "kotak", en: "boxes" },
    carton: { id: "karton", en: "cartons" },
    roll: { id: "gulung", en: "rolls" },
    m: { id: "meter", en: "metres" },
    container_20ft: { id: "kontainer 20 kaki", en: "20 ft containers" },
    container_40ft: { id: "kontainer 40 kaki", en: "40 ft containers" },
  },
  certificate: {
    halal: { id: "Sertifikat halal", en: "Halal certificate" },
    health_certificate: { id: "Sertifikat kesehatan", en: "Health certificate" },
    certificate_of_origin: { id: "Surat keterangan asal (SKA)", en: "Certificate of origin" },
    svlk: { id: "SVLK (legalitas kayu)", en: "SVLK timber legality" },
    bpom: { id: "Izin edar BPOM", en: "BPOM registration" },
    phytosanitary: { id: "Sertifikat fitosanitari", en: "Phytosanitary certificate" },
    fumigation: { id: "Sertifikat fumigasi", en: "Fumigation certificate" },
    certificate_of_analysis: { id: "Sertifikat analisis (COA)", en: "Certificate of analysis" },
  },
  actor: {
    buyer: { id: "Anda", en: "You" },
    staff: { id: "Galeri Caruban", en: "Galeri Caruban" },
    msme: { id: "UMKM", en: "Maker" },
    system: { id: "Sistem", en: "System" },
  },
} as const satisfies {
  // every choice the inquiry module has, labelled in both languages: a missing one fails the type check
  status: Labels<InquiryStatus>
  unit: Labels<Unit>
  certificate: Labels<(typeof CERTIFICATES)[number]>
  actor: Labels<(typeof ACTOR_TYPES)[number]>
}

/** The inquiry module's Incoterms and currencies; the currencies of the gallery's export markets first. */
export { INCOTERMS }

const FIRST = ["USD", "SGD", "MYR"]
export const INQUIRY_CURRENCIES = [
  ...CURRENCIES.filter((c) => FIRST.includes(c)),
  ...CURRENCIES.filter((c) => !FIRST.includes(c)),
]
/** Countries offered first in the form (the gallery's export markets), then every other ISO code. */
export const INQUIRY_COUNTRIES = [
  "SG",
  "MY",
  "AE",
  "SA",
  "QA",
  "KW",
  "OM",
  "BN",
  "AU",
  "JP",
  "KR",
  "CN",
  "HK",
  "NL",
  "DE",
  "GB",
  "US",
  "ID",
] as const

/** A unit (of an inquiry line or a product's minimum order) in the page's language; an unknown one as written. */
export function unitLabel(unit: string | null | undefined, locale: Locale): string {
  if (!unit) return ""
  return (INQUIRY_LABELS.unit as Record<string, Record<Locale, string>>)[unit]?.[locale] ?? unit
}
