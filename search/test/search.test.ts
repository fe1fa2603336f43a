import { describe, expect, it } from "vitest"
import {
  evaluate,
  expandQuery,
  expansionKeywords,
  isRelevant,
  loadJudgedSet,
  loadVocabulary,
  meilisearchSettings,
  ndcgAt,
  type ProductRecord,
  recallAt,
  reciprocalRank,
  toProductDocument,
  VocabularySchema,
} from "../src"

const vocabulary = loadVocabulary()

const record: ProductRecord = {
  id: "prod_1",
  handle: "kursi-rotan-teras",
  title: "Kursi Rotan Teras",
  description: "Kursi santai rotan alami dengan anyaman kepang.",
  status: "published",
  thumbnail: "http://localhost:9000/static/kursi-640.webp",
  created_at: "2026-11-01T00:00:00.000Z",
  categories: [{ handle: "rattan-furniture", name: "Mebel Rotan", metadata: { sector: "craft" } }],
  category_translations: { "rattan-furniture": { name: "Rattan Furniture" } },
  sales_channels: [{ id: "sc_1" }],
  variants: [
    {
      manage_inventory: true,
      prices: [
        { amount: 1450000, currency_code: "idr" },
        { amount: 88, currency_code: "usd" },
      ],
      inventory_items: [{ inventory: { location_levels: [{ available_quantity: 3 }] } }],
    },
  ],
  translations: [
    {
      locale_code: "en-US",
      translations: { title: "Rattan Terrace Chair", description: "Natural rattan lounge chair." },
    },
  ],
  msme: {
    handle: "rotan-tegal-asri",
    name: "Rotan Tegal Asri",
    kecamatan: "Weru",
    sector: "craft",
    status: "active",
    permits: [
      { type: "nib", status: "verified" },
      { type: "sni", status: "pending" },
      { type: "trademark", status: "verified", expires_at: "2020-01-01" },
    ],
  },
  product_curation: { status: "approved" },
  msme_product_profile: { export_ready: true, moq: 40 },
}

describe("vocabulary", () => {
  it("is valid data: no term in two groups, at most 3 words a term", () => {
    expect(vocabulary.synonyms.length).toBeGreaterThan(40)
    expect(() =>
      VocabularySchema.parse({ ...vocabulary, synonyms: [...vocabulary.synonyms, ["rotan", "cane"]] }),
    ).toThrow(/rotan\\?" is already in group/)
    expect(() => VocabularySchema.parse({ ...vocabulary, synonyms: [["one two three four", "x1"]] })).toThrow(
      /at most 3 words/,
    )
  })

  it("expands a query into its other-language equivalents and drops stop words", () => {
    const expanded = expandQuery("Beli kursi ROTAN murah", vocabulary)
    expect(expanded.terms).toEqual(["kursi", "rotan"])
    expect(expanded.alternatives).toContain("chair rattan")
    expect(expandQuery("hand-drawn batik", vocabulary).alternatives).toContain("batik tulis")
  })
})

describe("product documents", () => {
  it("carry both languages, the MSME's place, verified unexpired permits, prices, stock and vocabulary keywords", () => {
    const doc = toProductDocument(record, vocabulary, new Date("2026-11-29"))
    expect(doc).toMatchObject({
      title_id: "Kursi Rotan Teras",
      title_en: "Rattan Terrace Chair",
      category: "rattan-furniture",
      category_name_en: "Rattan Furniture",
      sector: "craft",
      msme: "rotan-tegal-asri",
      kecamatan: "Weru",
      permits: ["nib"],
      export_ready: true,
      moq: 40,
      price_idr: 1450000,
      price_usd: 88,
      in_stock: true,
      sales_channel_ids: ["sc_1"],
    })
    expect(doc.price_sgd).toBeUndefined()
    expect(doc.keywords.split(" ")).toEqual(expect.arrayContaining(["seat", "wicker"]))
  })

  it("finds the equivalents present only in the other language", () => {
    expect(expansionKeywords("Terasi Udang Rebon", vocabulary).split(" ")).toEqual(
      expect.arrayContaining(["shrimp", "paste", "belacan"]),
    )
  })
})

describe("Meilisearch settings", () => {
  it("come from the same definitions and vocabulary", () => {
    const settings = meilisearchSettings(vocabulary)
    expect(settings.searchableAttributes.slice(0, 2)).toEqual(["title_id", "title_en"])
    expect(settings.filterableAttributes).toEqual(
      expect.arrayContaining([
        "category",
        "kecamatan",
        "permits",
        "export_ready",
        "price_idr",
        "status",
        "sales_channel_ids",
      ]),
    )
    expect(settings.sortableAttributes).toEqual(expect.arrayContaining(["price_idr", "created_at"]))
    expect(settings.synonyms.rotan).toEqual(["rattan"])
    expect(settings.synonyms["shrimp paste"]).toEqual(["terasi", "belacan"])
    expect(settings.stopWords).toContain("dan")
    expect(settings.typoTolerance.minWordSizeForTypos.oneTypo).toBe(4)
  })
})

describe("relevance metrics", () => {
  const rel = new Set(["a", "b", "c"])
  it("recall@5, reciprocal rank and NDCG@10 follow their definitions", () => {
    expect(recallAt(5, ["x", "a", "y", "b", "z"], rel)).toBeCloseTo(2 / 3)
    expect(recallAt(5, ["a"], new Set(["a", "b", "c", "d", "e", "f", "g"]))).toBeCloseTo(1 / 5)
    expect(reciprocalRank(["x", "y", "a"], rel)).toBeCloseTo(1 / 3)
    expect(reciprocalRank(["x"], rel)).toBe(0)
    expect(ndcgAt(10, ["a", "b", "c"], rel)).toBeCloseTo(1)
    expect(ndcgAt(10, ["x", "a"], new Set(["a"]))).toBeCloseTo(1 / Math.log2(3))
  })

  it("the judged set has at least 80 queries in both languages, with typos, each naming what is relevant", () => {
    const judged = loadJudgedSet()
    expect(judged.length).toBeGreaterThanOrEqual(80)
    expect(judged.filter((q) => q.lang === "en").length).toBeGreaterThan(25)
    expect(judged.filter((q) => q.note?.includes("typo")).length).toBeGreaterThanOrEqual(8)
    expect(
      isRelevant(judged.find((q) => q.q === "kursi rotan")!, {
        handle: "kursi-rotan-teras-rotan-tegal-asri",
        category: "x",
        msme: "y",
      }),
    ).toBe(true)
  })

  it("evaluates a search function over the set", async () => {
    const judged = [{ q: "kopi", lang: "id" as const, categories: ["coffee"] }]
    const products = [
      { handle: "kopi-a", category: "coffee", msme: "m" },
      { handle: "teh-b", category: "tea", msme: "m" },
    ]
    const result = await evaluate(judged, products, async () => ["teh-b", "kopi-a"])
    expect(result).toMatchObject({ recall5: 1, mrr: 0.5 })
  })
})
