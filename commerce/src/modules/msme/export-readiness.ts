/**
 * Export readiness per MSME and target market: rules as data, each with where it comes from, and a
 * score from facts the gallery already has (verified permits, export data of live products, curation
 * grades, answers to export inquiries). Pure: the facts are read elsewhere (modules/office/readiness-facts.ts).
 *
 * Sources (indicative; a person checks the official text before an export):
 * - Malaysia: halal certification recognised by JAKIM is expected for food sold as halal; BPJPH
 *   certificates are recognised through JAKIM's list of foreign halal bodies.
 * - Middle East (UAE, Saudi Arabia): halal certificates from bodies accredited by the importing
 *   country (UAE: MoIAT/EIAC; KSA: SFDA) for food; certificate of origin.
 * - Singapore: SFA import rules for processed food (a licensed importer, labels in English); halal
 *   (MUIS) matters to many buyers but is not required by law.
 * - Indonesia (all markets): NIB for any business that exports; BPOM MD (or P-IRT for low-risk home
 *   industry food, domestic only) for processed food; SVLK timber legality for wood and rattan.
 * - Buyers everywhere ask for HS code, MOQ, capacity, packed size and weight (DOMAIN.md).
 */
export const MARKETS = ["sg", "my", "me"] as const
export type Market = (typeof MARKETS)[number]

export type ReadinessFacts = {
  sector: "craft" | "culinary" | string
  craft: string
  /** verified, unexpired permit types */
  permits: string[]
  /** live products, and of those with complete export data (HS code, MOQ, capacity, packed size and weight) */
  live_products: number
  export_complete: number
  /** the best curation grade of its live products (A-D), null when none graded */
  best_grade: string | null
  /** export inquiry lines of its products it answered with an offer, of those it was asked */
  inquiry_lines: number
  inquiry_offers: number
}

export type ReadinessRule = {
  key: string
  /** markets the rule applies to */
  markets: readonly Market[]
  /** for which MSMEs (by sector) */
  applies: (f: ReadinessFacts) => boolean
  met: (f: ReadinessFacts) => boolean
  weight: number
  /** the permit a facilitation case can help with, when the step is a missing permit */
  permit?: "nib" | "halal" | "pirt" | "bpom_md"
  /** the next step, said to the MSME */
  step: { id: string; en: string }
  source: string
}

const food = (f: ReadinessFacts) => f.sector === "culinary"
const woodOrRattan = (f: ReadinessFacts) => /rotan|rattan|kayu|wood|ukir|topeng|mebel|furniture/i.test(f.craft)
const has = (f: ReadinessFacts, ...types: string[]) => types.some((t) => f.permits.includes(t))
const ALL = MARKETS

export const READINESS_RULES: ReadinessRule[] = [
  {
    key: "nib",
    markets: ALL,
    applies: () => true,
    met: (f) => has(f, "nib"),
    weight: 25,
    permit: "nib",
    step: {
      id: "Urus NIB di OSS (gratis) dan unggah ke portal mitra.",
      en: "Get an NIB on OSS (free) and upload it to the partner portal.",
    },
    source: "PP 5/2021 (OSS): NIB for every business, export included",
  },
  {
    key: "halal",
    markets: ["my", "me"],
    applies: food,
    met: (f) => has(f, "halal"),
    weight: 25,
    permit: "halal",
    step: {
      id: "Sertifikat halal BPJPH (jalur self-declare bisa didampingi dinas).",
      en: "A BPJPH halal certificate (the office can help through self-declaration).",
    },
    source: "JAKIM recognised foreign halal bodies (MY); UAE MoIAT / KSA SFDA halal rules",
  },
  {
    key: "halal_sg",
    markets: ["sg"],
    applies: food,
    met: (f) => has(f, "halal"),
    weight: 10,
    permit: "halal",
    step: {
      id: "Sertifikat halal memperluas pembeli di Singapura.",
      en: "A halal certificate widens the buyers in Singapore.",
    },
    source: "MUIS: halal is voluntary in Singapore, asked by many buyers",
  },
  {
    key: "bpom",
    markets: ALL,
    applies: food,
    met: (f) => has(f, "bpom_md", "bpom_ml"),
    weight: 20,
    permit: "bpom_md",
    step: {
      id: "Izin edar BPOM MD untuk pangan olahan yang diekspor (P-IRT hanya untuk pasar dalam negeri).",
      en: "BPOM MD registration for exported processed food (P-IRT is for the domestic market only).",
    },
    source: "BPOM: export of processed food; SFA (SG) processed food import rules",
  },
  {
    key: "svlk",
    markets: ALL,
    applies: woodOrRattan,
    met: (f) => has(f, "sni", "svlk"),
    weight: 15,
    step: {
      id: "Dokumen legalitas kayu/rotan (SVLK) untuk ekspor kayu dan rotan.",
      en: "Timber legality (SVLK) papers for wood and rattan exports.",
    },
    source: "Permendag on SVLK: V-Legal documents for wood and rattan products",
  },
  {
    key: "export_data",
    markets: ALL,
    applies: () => true,
    met: (f) => f.export_complete > 0,
    weight: 20,
    step: {
      id: "Lengkapi data ekspor produk: kode HS, MOQ, kapasitas per bulan, ukuran dan berat kemasan.",
      en: "Complete a product's export data: HS code, MOQ, monthly capacity, packed size and weight.",
    },
    source: "Buyers' standard questions (DOMAIN.md): MOQ, lead time, capacity, packed size and weight",
  },
  {
    key: "curation",
    markets: ALL,
    applies: () => true,
    met: (f) => f.best_grade === "A" || f.best_grade === "B",
    weight: 10,
    step: {
      id: "Minta kurasi produk sampai nilai A atau B (foto, kemasan, label dua bahasa).",
      en: "Have a product curated to grade A or B (photos, packaging, labels in both languages).",
    },
    source: "Galeri Caruban curation rubric",
  },
  {
    key: "inquiries",
    markets: ALL,
    applies: (f) => f.inquiry_lines > 0,
    met: (f) => f.inquiry_offers >= Math.ceil(f.inquiry_lines / 2),
    weight: 10,
    step: {
      id: "Jawab permintaan ekspor dengan penawaran (harga, kapasitas, waktu produksi).",
      en: "Answer export inquiries with an offer (price, capacity, lead time).",
    },
    source: "The gallery's export inquiries: buyers wait for offers",
  },
]

export type MarketReadiness = {
  market: Market
  /** 0-100: the weight of the rules met, of those that apply */
  score: number
  /** what to do next, the heaviest first */
  steps: { key: string; step: { id: string; en: string }; permit: string | null }[]
}

export function exportReadiness(facts: ReadinessFacts): MarketReadiness[] {
  return MARKETS.map((market) => {
    const rules = READINESS_RULES.filter((r) => r.markets.includes(market) && r.applies(facts))
    const total = rules.reduce((sum, r) => sum + r.weight, 0)
    const met = rules.filter((r) => r.met(facts)).reduce((sum, r) => sum + r.weight, 0)
    const steps = rules
      .filter((r) => !r.met(facts))
      .sort((a, b) => b.weight - a.weight)
      .map((r) => ({ key: r.key, step: r.step, permit: r.permit ?? null }))
    return { market, score: total ? Math.round((100 * met) / total) : 0, steps }
  })
}

/** Where a score falls: ready (80 and over), on the way (50-79), early (under 50). */
export const READINESS_BANDS = { ready: 80, on_the_way: 50 } as const
export type ReadinessBand = "ready" | "on_the_way" | "early"
export const readinessBand = (score: number): ReadinessBand =>
  score >= READINESS_BANDS.ready ? "ready" : score >= READINESS_BANDS.on_the_way ? "on_the_way" : "early"

export type ReadinessDistribution = {
  market: Market
  msmes: number
  ready: number
  on_the_way: number
  early: number
  /** mean score, rounded */
  average: number | null
}[]

/** How many MSMEs fall in each band per market, from groups of MSMEs sharing the same facts. */
export function readinessDistribution(groups: { facts: ReadinessFacts; msmes: number }[]): ReadinessDistribution {
  const out = MARKETS.map((market) => ({ market, msmes: 0, ready: 0, on_the_way: 0, early: 0, sum: 0 }))
  for (const g of groups) {
    for (const [i, r] of exportReadiness(g.facts).entries()) {
      const row = out[i]!
      row.msmes += g.msmes
      row[readinessBand(r.score)] += g.msmes
      row.sum += r.score * g.msmes
    }
  }
  return out.map(({ sum, ...row }) => ({ ...row, average: row.msmes ? Math.round(sum / row.msmes) : null }))
}
