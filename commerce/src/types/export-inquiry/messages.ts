import type { Locale } from "../../modules/export-inquiry/terms"

/** What the buyer reads when an inquiry cannot be accepted: in their language. */
export const INQUIRY_ERRORS = {
  en: {
    invalid: "Please check the form",
    name: "Your name is needed (2 to 120 characters)",
    company: "The company name is at most 160 characters",
    email: "An email address such as buyer@example.com is needed, so we can answer",
    country: "Choose your country (two-letter code such as SG, MY, AE)",
    phone: "A phone or WhatsApp number has digits, spaces, + - ( ) only, at most 32 characters",
    items_min: "Add at least one product or describe what you need",
    items_max: "At most 20 lines per inquiry: send a second inquiry for more",
    item_what: "Each line needs a gallery product or a description of what you need",
    title: "A line's description is at most 200 characters",
    description: "A line's notes are at most 500 characters",
    product: "That product reference is not valid",
    quantity: "Quantity is a whole number from 1 to 10,000,000",
    unit: "Choose a unit (pcs, set, kg, carton, container, ...)",
    incoterm: "Choose an Incoterm: EXW, FCA, FOB, CFR, CIF, DAP or DDP",
    destination: "Name the destination port or city (2 to 120 characters)",
    target_price: "The target price is a positive amount",
    currency: "Choose a currency: IDR, USD, SGD, MYR, EUR, AUD, AED or SAR",
    certificates: "Choose certificates from the list (at most 8)",
    expected_date: "The expected date is a date (YYYY-MM-DD) in the next two years",
    message: "Write a message (1 to 4,000 characters)",
    body: "A reply is 1 to 4,000 characters",
    reason: "A reason is at most 1,000 characters",
    honeypot: "This form could not be sent. If you filled in a field named 'website', leave it empty and send again.",
    unknown: "Unknown field",
    rate_limited: "Too many inquiries from your connection. Please try again in a few minutes.",
    submission: "This form's reference is not valid. Reload the page and send the form again.",
    not_found: "This inquiry link is not valid. Check that you copied the whole link from your email.",
  },
  id: {
    invalid: "Mohon periksa formulir",
    name: "Nama Anda diperlukan (2 sampai 120 karakter)",
    company: "Nama perusahaan paling banyak 160 karakter",
    email: "Alamat email seperti pembeli@contoh.com diperlukan agar kami dapat menjawab",
    country: "Pilih negara Anda (kode dua huruf seperti ID, SG, MY)",
    phone: "Nomor telepon atau WhatsApp hanya berisi angka, spasi, + - ( ), paling banyak 32 karakter",
    items_min: "Tambahkan paling sedikit satu produk atau jelaskan kebutuhan Anda",
    items_max: "Paling banyak 20 baris per permintaan: kirim permintaan kedua untuk selebihnya",
    item_what: "Setiap baris memerlukan produk galeri atau uraian kebutuhan Anda",
    title: "Uraian baris paling banyak 200 karakter",
    description: "Catatan baris paling banyak 500 karakter",
    product: "Referensi produk itu tidak valid",
    quantity: "Jumlah berupa bilangan bulat dari 1 sampai 10.000.000",
    unit: "Pilih satuan (pcs, set, kg, karton, kontainer, ...)",
    incoterm: "Pilih Incoterm: EXW, FCA, FOB, CFR, CIF, DAP atau DDP",
    destination: "Sebutkan pelabuhan atau kota tujuan (2 sampai 120 karakter)",
    target_price: "Harga target berupa jumlah positif",
    currency: "Pilih mata uang: IDR, USD, SGD, MYR, EUR, AUD, AED atau SAR",
    certificates: "Pilih sertifikat dari daftar (paling banyak 8)",
    expected_date: "Tanggal yang diharapkan berupa tanggal (YYYY-MM-DD) dalam dua tahun ke depan",
    message: "Tulis pesan (1 sampai 4.000 karakter)",
    body: "Balasan berisi 1 sampai 4.000 karakter",
    reason: "Alasan paling banyak 1.000 karakter",
    honeypot: "Formulir ini tidak dapat dikirim. Jika Anda mengisi kolom bernama 'website', kosongkan lalu kirim lagi.",
    unknown: "Kolom tidak dikenal",
    rate_limited: "Terlalu banyak permintaan dari koneksi Anda. Silakan coba lagi beberapa menit lagi.",
    submission: "Referensi formulir ini tidak valid. Muat ulang halaman lalu kirim formulir lagi.",
    not_found: "Tautan permintaan ini tidak valid. Pastikan Anda menyalin seluruh tautan dari email.",
  },
} satisfies Record<Locale, Record<string, string>>

export type InquiryErrorKey = keyof (typeof INQUIRY_ERRORS)["en"]

/** The buyer's language: the body's `locale`, else the first of Accept-Language we speak, else English. */
export function buyerLocale(body: unknown, acceptLanguage: string | undefined): Locale {
  const fromBody = (body as { locale?: unknown } | undefined)?.locale
  if (fromBody === "id" || fromBody === "en") return fromBody
  const first = (acceptLanguage ?? "")
    .split(",")
    .map((part) => part.trim().slice(0, 2).toLowerCase())
    .find((lang) => lang === "id" || lang === "en")
  return (first as Locale | undefined) ?? "en"
}
