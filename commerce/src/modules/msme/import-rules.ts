/**
 * How a row of the office's MSME spreadsheets becomes a registry record: the columns we know (with
 * the headers survey exports and field enumerators write, Indonesian first), how each value is
 * cleaned and checked, and how a row is matched to the registry. Pure rules of the msme module;
 * every problem is said in Indonesian and English.
 */
import { checkPermitNumber } from "./permits"
import { KECAMATAN, type Kecamatan, type Sector } from "./places"

export const IMPORT_FIELDS = [
  "name",
  "owner_name",
  "nib",
  "address",
  "desa",
  "kecamatan",
  "sector",
  "craft",
  "whatsapp",
  "email",
  "established_year",
  "employees",
] as const
export type ImportField = (typeof IMPORT_FIELDS)[number]

/** Fields a row must have, by one header or another. */
export const REQUIRED_FIELDS: ImportField[] = ["name", "owner_name", "desa", "kecamatan", "sector"]

/** Headers as the office's sheets write them (compared without case, spaces, dots, slashes or dashes). */
export const HEADER_ALIASES: Record<ImportField, string[]> = {
  name: ["nama usaha", "nama umkm", "nama ukm", "nama perusahaan", "usaha", "business name", "name"],
  owner_name: ["nama pemilik", "pemilik", "nama pelaku usaha", "pelaku usaha", "owner", "owner name"],
  nib: ["nib", "no nib", "nomor nib", "nomor induk berusaha"],
  address: ["alamat", "alamat usaha", "alamat lengkap", "address"],
  desa: ["desa", "desa kelurahan", "kelurahan", "desa/kel", "village"],
  kecamatan: ["kecamatan", "kec", "district"],
  sector: ["sektor", "sektor usaha", "bidang usaha", "sector"],
  craft: ["jenis usaha", "jenis produk", "produk", "komoditas", "produk utama", "craft", "product"],
  whatsapp: ["no hp/wa", "no hp", "no wa", "nomor hp", "hp", "wa", "whatsapp", "telepon", "no telp", "phone"],
  email: ["email", "e-mail", "surel"],
  established_year: ["tahun berdiri", "tahun mulai usaha", "berdiri", "established"],
  employees: ["tenaga kerja", "jumlah tenaga kerja", "jumlah karyawan", "karyawan", "employees", "workers"],
}

export const compactHeader = (header: string) =>
  header
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[\s._/\\:()-]+/g, "")

const ALIAS_INDEX = new Map(
  IMPORT_FIELDS.flatMap((field) => HEADER_ALIASES[field].map((alias) => [compactHeader(alias), field] as const)),
)

/** Header -> field, from our aliases, then a saved mapping (which wins); headers we do not know are listed. */
export function mapHeaders(
  headers: string[],
  saved: Record<string, string> = {},
): { mapping: Record<string, ImportField>; unknown: string[]; missing: ImportField[] } {
  const mapping: Record<string, ImportField> = {}
  const savedCompact = new Map(Object.entries(saved).map(([h, f]) => [compactHeader(h), f]))
  const unknown: string[] = []
  for (const header of headers) {
    if (!header.trim()) continue
    const key = compactHeader(header)
    const field = (savedCompact.get(key) ?? ALIAS_INDEX.get(key)) as ImportField | undefined
    if (field && (IMPORT_FIELDS as readonly string[]).includes(field) && !Object.values(mapping).includes(field)) {
      mapping[header] = field
    } else if (!field) unknown.push(header)
  }
  const found = new Set(Object.values(mapping))
  return { mapping, unknown, missing: REQUIRED_FIELDS.filter((f) => !found.has(f)) }
}

/** A problem with one column of one row, in both languages. */
export type RowProblem = { field: ImportField | "row"; column: string | null; id: string; en: string }

export type ImportValues = {
  name: string
  owner_name: string
  nib: string | null
  address: string | null
  desa: string
  kecamatan: Kecamatan
  sector: Sector
  /** null when the sheet has none (a new record then gets its sector's word) */
  craft: string | null
  whatsapp: string | null
  email: string | null
  established_year: number | null
  employees: number | null
}

const KECAMATAN_INDEX = new Map(KECAMATAN.map((k) => [compactHeader(k), k]))

/** The regency's kecamatan a cell names ("Kec. Tengah Tani", "TENGAHTANI"), or null. */
export function matchKecamatan(raw: string): Kecamatan | null {
  return KECAMATAN_INDEX.get(compactHeader(raw.replace(/^\s*kec(amatan)?\.?\s+/i, ""))) ?? null
}

/** The closest kecamatan by edit distance, to suggest when a cell names none. */
export function closestKecamatan(raw: string): Kecamatan {
  const target = compactHeader(raw)
  let best: Kecamatan = KECAMATAN[0]
  let bestDistance = Number.POSITIVE_INFINITY
  for (const k of KECAMATAN) {
    const d = distance(target, compactHeader(k))
    if (d < bestDistance) {
      best = k
      bestDistance = d
    }
  }
  return best
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1))
      previous = current
    }
  }
  return row[b.length]!
}

const SECTOR_WORDS: Record<string, Sector> = {
  kerajinan: "craft",
  kriya: "craft",
  craft: "craft",
  crafts: "craft",
  fashion: "craft",
  kuliner: "culinary",
  makanan: "culinary",
  minuman: "culinary",
  makananminuman: "culinary",
  mamin: "culinary",
  pangan: "culinary",
  food: "culinary",
  culinary: "culinary",
}

/** An Indonesian mobile number as +62...: "0812-3456-7890", "62812...", "+62 812 ..." (8 to 13 digits after 62). */
export function normalizePhone(raw: string): string | null {
  const digits = raw.replace(/[^\d+]/g, "").replace(/^\+/, "")
  const national = digits.startsWith("62") ? digits.slice(2) : digits.startsWith("0") ? digits.slice(1) : digits
  return /^8\d{7,12}$/.test(national) ? `+62${national}` : null
}

/** Cells of one row (by our field) to registry values, or the problems that keep it out. */
export function readRow(
  cells: Partial<Record<ImportField, string>>,
  columnOf: (field: ImportField) => string | null,
): { values: ImportValues | null; problems: RowProblem[] } {
  const problems: RowProblem[] = []
  const problem = (field: ImportField, id: string, en: string) =>
    problems.push({ field, column: columnOf(field), id, en })
  const text = (field: ImportField, max: number) => {
    const value = (cells[field] ?? "").replace(/\s+/g, " ").trim()
    if (value.length > max) {
      problem(field, `paling panjang ${max} karakter`, `at most ${max} characters`)
      return ""
    }
    return value
  }
  const name = text("name", 120)
  const owner = text("owner_name", 120)
  const desa = text("desa", 80)
  if (!name) problem("name", "nama usaha kosong", "the business name is empty")
  if (!owner) problem("owner_name", "nama pemilik kosong", "the owner's name is empty")
  if (!desa) problem("desa", "desa kosong", "the desa is empty")

  const kecamatanRaw = text("kecamatan", 80)
  const kecamatan = kecamatanRaw ? matchKecamatan(kecamatanRaw) : null
  if (!kecamatanRaw) problem("kecamatan", "kecamatan kosong", "the kecamatan is empty")
  else if (!kecamatan) {
    const near = closestKecamatan(kecamatanRaw)
    problem(
      "kecamatan",
      `"${kecamatanRaw}" bukan kecamatan di Kabupaten Cirebon (maksudnya ${near}?)`,
      `"${kecamatanRaw}" is not a kecamatan of Kabupaten Cirebon (did you mean ${near}?)`,
    )
  }

  const sectorRaw = text("sector", 40)
  const sector = SECTOR_WORDS[compactHeader(sectorRaw)] ?? null
  if (!sectorRaw) problem("sector", "sektor kosong (kerajinan atau kuliner)", "the sector is empty (craft or culinary)")
  else if (!sector) {
    problem(
      "sector",
      `sektor "${sectorRaw}" tidak dikenal: tulis kerajinan atau kuliner`,
      `unknown sector "${sectorRaw}": write craft (kerajinan) or culinary (kuliner)`,
    )
  }

  const nibRaw = text("nib", 40)
  let nib: string | null = null
  if (nibRaw) {
    const check = checkPermitNumber("nib", nibRaw)
    if (check.ok) nib = check.number
    else problem("nib", `NIB "${nibRaw}" harus 13 digit`, `NIB "${nibRaw}" must be 13 digits`)
  }

  const phoneRaw = text("whatsapp", 40)
  let whatsapp: string | null = null
  if (phoneRaw) {
    whatsapp = normalizePhone(phoneRaw)
    if (!whatsapp) {
      problem(
        "whatsapp",
        `nomor HP "${phoneRaw}" tidak valid (contoh 0812-3456-7890)`,
        `phone number "${phoneRaw}" is not valid (e.g. 0812-3456-7890)`,
      )
    }
  }

  const emailRaw = text("email", 200)
  const email = emailRaw || null
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    problem("email", `email "${email}" tidak valid`, `email "${email}" is not valid`)
  }
  const whole = (field: ImportField, min: number, max: number) => {
    const raw = text(field, 20).replace(/[.,\s]/g, "")
    if (!raw) return null
    const n = Number(raw)
    if (!Number.isInteger(n) || n < min || n > max) {
      problem(
        field,
        `"${cells[field]}" harus bilangan ${min}-${max}`,
        `"${cells[field]}" must be a whole number ${min}-${max}`,
      )
      return null
    }
    return n
  }
  const established_year = whole("established_year", 1900, new Date().getFullYear())
  const employees = whole("employees", 1, 10_000)
  const address = text("address", 240) || null
  const craft = text("craft", 60) || null

  if (problems.length || !kecamatan || !sector) return { values: null, problems }
  return {
    values: {
      name,
      owner_name: owner,
      nib,
      address,
      desa,
      kecamatan,
      sector,
      craft,
      whatsapp,
      email,
      established_year,
      employees,
    },
    problems,
  }
}

/** What a new record's craft is when the sheet says none. */
export const defaultCraft = (sector: Sector) => (sector === "culinary" ? "kuliner" : "kerajinan")

/** The name + desa key a row without NIB is matched by: lower case, legal forms and punctuation dropped. */
export function nameKey(name: string, desa: string): string {
  const clean = (s: string) =>
    s
      .toLowerCase()
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .replace(/\b(ud|cv|pt|kub|umkm|ukm|ikm|toko|usaha)\b\.?/g, " ")
      .replace(/[^a-z0-9]+/g, "")
  return `${clean(name)}|${clean(desa)}`
}

/**
 * Fields staff vouch for once an MSME is active (they verified it): the file may not change them
 * without a person deciding. Contact details and sizes update freely.
 */
export const VERIFIED_FIELDS: ImportField[] = ["name", "owner_name", "kecamatan", "desa", "sector"]

/** The registry fields a row would change, compared with the record: [{ field, from, to }]. */
export function rowChanges(
  values: ImportValues,
  record: Partial<Record<ImportField, unknown>>,
): { field: ImportField; from: unknown; to: unknown }[] {
  const changes: { field: ImportField; from: unknown; to: unknown }[] = []
  for (const field of IMPORT_FIELDS) {
    if (field === "nib") continue
    const to = values[field]
    // an empty cell never blanks what the registry has
    if (to === null || to === "") continue
    const from = record[field] ?? null
    if (String(from ?? "") !== String(to)) changes.push({ field, from, to })
  }
  return changes
}
