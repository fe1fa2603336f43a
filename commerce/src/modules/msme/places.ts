/**
 * Where an MSME can be: the 40 kecamatan of Kabupaten Cirebon (the regency, not Kota Cirebon), and
 * the two sectors the gallery shows. The msme module's rules; no imports, so the storefront reads
 * them too (through `@galeri/commerce/contracts`).
 */
export const KECAMATAN = [
  "Arjawinangun",
  "Astanajapura",
  "Babakan",
  "Beber",
  "Ciledug",
  "Ciwaringin",
  "Depok",
  "Dukupuntang",
  "Gebang",
  "Gegesik",
  "Gempol",
  "Greged",
  "Gunungjati",
  "Jamblang",
  "Kaliwedi",
  "Kapetakan",
  "Karangsembung",
  "Karangwareng",
  "Kedawung",
  "Klangenan",
  "Lemahabang",
  "Losari",
  "Mundu",
  "Pabedilan",
  "Pabuaran",
  "Palimanan",
  "Pangenan",
  "Panguragan",
  "Pasaleman",
  "Plered",
  "Plumbon",
  "Sedong",
  "Sumber",
  "Suranenggala",
  "Susukan",
  "Susukan Lebak",
  "Talun",
  "Tengah Tani",
  "Waled",
  "Weru",
] as const
export type Kecamatan = (typeof KECAMATAN)[number]

export const SECTORS = ["craft", "culinary"] as const
export type Sector = (typeof SECTORS)[number]

export const MSME_STATUSES = ["pending", "active", "suspended"] as const
export type MsmeStatus = (typeof MSME_STATUSES)[number]
