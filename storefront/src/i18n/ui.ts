/** Every buyer-facing string, in Indonesian (default) and English. */
export const LOCALES = ["id", "en"] as const
export type Locale = (typeof LOCALES)[number]

export const MEDUSA_LOCALE: Record<Locale, string> = { id: "id-ID", en: "en-US" }
/** Region whose prices a locale shows until the buyer picks a currency. */
export const DEFAULT_REGION: Record<Locale, string> = { id: "Indonesia", en: "International" }

export const ui = {
  id: {
    "site.name": "Galeri Caruban",
    "site.tagline": "Kriya dan kuliner pilihan UMKM Kabupaten Cirebon",
    "site.description":
      "Galeri UMKM Caruban dari Dinas Koperasi dan UKM Kabupaten Cirebon: batik Trusmi, rotan Tegalwangi, topeng, lukisan kaca, terasi dan kerupuk, langsung dari perajinnya.",
    "nav.home": "Beranda",
    "nav.language": "Bahasa",
    "nav.skip": "Lewati ke konten",
    "home.craft": "Kriya pilihan",
    "home.culinary": "Kuliner pilihan",
    "home.story.title": "Tentang Galeri Caruban",
    "home.story.body":
      "Galeri UMKM Caruban dibuka oleh Dinas Koperasi dan UKM Kabupaten Cirebon pada 2020 untuk memamerkan karya terbaik UMKM Cirebon. Setiap produk di sini telah dikurasi oleh staf galeri.",
    "product.by": "Oleh",
    "product.price": "Harga",
    "product.price.note": "Harga sudah termasuk PPN.",
    "product.inStock": "Tersedia",
    "product.outOfStock": "Stok habis",
    "product.origin": "Asal",
    "product.material": "Bahan",
    "product.permits": "Izin terverifikasi",
    "product.export": "Siap ekspor",
    "product.moq": "Pesanan minimum",
    "product.leadTime": "Waktu produksi",
    "product.days": "hari",
    "product.hs": "Kode HS",
    "product.story": "Cerita perajin",
    "product.variants": "Pilihan",
    "error.notFound.title": "Halaman tidak ditemukan",
    "error.notFound.body": "Produk atau halaman ini tidak ada, atau belum ditampilkan galeri.",
    "error.unavailable.title": "Galeri sedang tidak dapat dihubungi",
    "error.unavailable.body": "Katalog sedang tidak dapat dimuat. Silakan coba lagi dalam beberapa menit.",
    "error.back": "Kembali ke beranda",
    "footer.office": "Dinas Koperasi dan UKM Kabupaten Cirebon",
    "footer.rates": "Harga dalam mata uang asing memakai kurs indikatif per 1 November 2026.",
  },
  en: {
    "site.name": "Galeri Caruban",
    "site.tagline": "Selected crafts and foods from the MSMEs of Cirebon Regency",
    "site.description":
      "The Galeri Caruban MSME showcase of the Cirebon Regency cooperatives and SME office: Trusmi batik, Tegalwangi rattan, masks, glass paintings, shrimp paste and crackers, straight from their makers.",
    "nav.home": "Home",
    "nav.language": "Language",
    "nav.skip": "Skip to content",
    "home.craft": "Featured crafts",
    "home.culinary": "Featured culinary",
    "home.story.title": "About Galeri Caruban",
    "home.story.body":
      "The Galeri Caruban MSME showcase was opened by the Cirebon Regency cooperatives and SME office in 2020 to present the best work of Cirebon's small businesses. Every product here has been curated by the gallery's staff.",
    "product.by": "By",
    "product.price": "Price",
    "product.price.note": "Prices at indicative rates; taxes and duties of your country may apply.",
    "product.inStock": "In stock",
    "product.outOfStock": "Out of stock",
    "product.origin": "Origin",
    "product.material": "Material",
    "product.permits": "Verified permits",
    "product.export": "Export ready",
    "product.moq": "Minimum order",
    "product.leadTime": "Lead time",
    "product.days": "days",
    "product.hs": "HS code",
    "product.story": "The maker's story",
    "product.variants": "Options",
    "error.notFound.title": "Page not found",
    "error.notFound.body": "This product or page does not exist, or the gallery does not show it yet.",
    "error.unavailable.title": "The gallery cannot be reached right now",
    "error.unavailable.body": "The catalog cannot be loaded at the moment. Please try again in a few minutes.",
    "error.back": "Back to the home page",
    "footer.office": "Cooperatives and SME Office, Cirebon Regency",
    "footer.rates": "Foreign-currency prices use indicative rates of 1 November 2026.",
  },
} as const satisfies Record<Locale, Record<string, string>>

export type UiKey = keyof (typeof ui)["id"]

export function t(locale: Locale, key: UiKey): string {
  return ui[locale][key]
}

export const PERMIT_LABELS: Record<string, Record<Locale, string>> = {
  nib: { id: "NIB", en: "NIB (business ID)" },
  npwp: { id: "NPWP", en: "NPWP (tax ID)" },
  halal: { id: "Halal", en: "Halal" },
  pirt: { id: "P-IRT", en: "P-IRT (home food industry)" },
  bpom_md: { id: "BPOM MD", en: "BPOM MD" },
  bpom_ml: { id: "BPOM ML", en: "BPOM ML" },
  sni: { id: "SNI", en: "SNI (national standard)" },
  trademark: { id: "Merek terdaftar", en: "Registered trademark" },
}

export function formatPrice(amount: number, currency: string, locale: Locale): string {
  return new Intl.NumberFormat(locale === "id" ? "id-ID" : "en-US", {
    style: "currency",
    currency: currency.toUpperCase(),
    maximumFractionDigits: currency.toLowerCase() === "idr" ? 0 : 2,
  }).format(amount)
}
