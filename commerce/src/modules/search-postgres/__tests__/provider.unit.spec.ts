import { correctWords, queryWords, toTsQueryText } from "../lexicon"
import GaleriPostgresSearch from "../service"

/**
 * The SQL our provider sends for a typo-tolerant search, recorded at the database boundary: the
 * misspelt words are looked up in the lexicon, and the corrected query runs through the full-text
 * index (`@@ to_tsquery`), never the stock `word_similarity(...) > 0.3` that scores every document.
 */
function recordingManager() {
  const statements: { sql: string; params: unknown[] }[] = []
  const plan = {
    primary_key: "id",
    searchable: ["title_id", "title_en"],
    schema_hash: "h",
    fields: [
      { path: "id", kind: "string", is_array: false, is_date: false },
      { path: "title_id", kind: "string", is_array: false, is_date: false },
      { path: "title_en", kind: "string", is_array: false, is_date: false },
      { path: "category", kind: "string", is_array: false, is_date: false },
    ],
  }
  const manager = {
    async execute(sql: string, params: unknown[] = []) {
      statements.push({ sql, params })
      if (sql.includes("search_postgres_index")) {
        return [
          {
            name: "product_v1",
            table_name: "search_pg_product_v1",
            schema_hash: "h",
            plan,
            document_count: 2,
            created_at: new Date(),
            updated_at: new Date(),
          },
        ]
      }
      if (sql.includes("galeri_search_lexicon")) {
        return [
          { token: "batk", word: "batik", similarity: 0.57 },
          { token: "batk", word: "batak", similarity: 0.5 },
          { token: "batk", word: "batu", similarity: 0.3 },
          { token: "tulis", word: "tulis", similarity: 1 },
        ]
      }
      if (/COUNT\(\*\)/.test(sql)) return [{ count: 0 }]
      return []
    },
  }
  return { manager, statements }
}

const query = (typo: boolean, extra: Record<string, unknown> = {}) => ({
  index: { name: "product", physical_name: "product_v1", settings: {} },
  q: "batk tulis",
  pagination: { take: 12 },
  search_options: { typo_tolerance: typo, count: "exact" as const, ...extra },
})

describe("PostgreSQL provider with index-backed typo tolerance", () => {
  const run = async (input: ReturnType<typeof query>) => {
    const { manager, statements } = recordingManager()
    const provider = new GaleriPostgresSearch({ manager } as never)
    // biome-ignore lint/suspicious/noExplicitAny: the provider's query type lives in a second copy of @medusajs/types
    await provider.search(input as any)
    return {
      lexicon: statements.filter((s) => s.sql.includes("galeri_search_lexicon")),
      sent: statements.filter((s) => s.sql.includes("search_pg_product_v1")),
    }
  }

  it("corrects misspelt words from the lexicon and searches the full-text index with them", async () => {
    const { lexicon, sent } = await run(query(true))
    expect(lexicon).toHaveLength(1)
    expect(JSON.parse(lexicon[0]!.params[0] as string)).toEqual(["batk", "tulis"])
    expect(sent.length).toBeGreaterThanOrEqual(2) // hits and count
    for (const { sql, params } of sent) {
      expect(sql).toContain(`"search_vector" @@ to_tsquery('medusa_search_english', ?)`)
      expect(sql).not.toContain("word_similarity")
      expect(sql).not.toContain("<%")
      // "batu" is much further from "batk" than "batik" is, so it is not tried
      expect(params).toContain("(batik | batak) & tulis")
    }
  })

  it("leaves exact searches as they are: full text only, no trigram matching", async () => {
    const { lexicon, sent } = await run(query(false))
    expect(lexicon).toEqual([])
    for (const { sql } of sent) {
      expect(sql).not.toContain("<%")
      expect(sql).not.toContain("word_similarity")
      expect(sql).toContain("@@")
    }
  })

  it("keeps the index placeholders in order: the statement has as many ? as parameters", async () => {
    const { sent } = await run(query(true, { match_strategy: "last" }))
    for (const { sql, params } of sent) {
      expect((sql.match(/\?/g) ?? []).length).toBe(params.length)
    }
  })
})

describe("typo correction", () => {
  it("reads only letter and digit runs, accents folded, so no query text reaches SQL as syntax", () => {
    expect(queryWords("Batik  TULIS!")).toEqual(["batik", "tulis"])
    expect(queryWords("kôpi'); drop table x; --")).toEqual(["kopi", "drop", "table", "x"])
    expect(queryWords("&|!:*()")).toEqual([])
  })

  it("keeps words the catalog has, short words and numbers; replaces the others by their closest", () => {
    const near = [
      { token: "kerupk", word: "kerupuk", similarity: 0.5 },
      { token: "udang", word: "udang", similarity: 1 },
    ]
    expect(correctWords(["kerupk", "udang", "di", "500"], near)).toEqual([["kerupuk"], ["udang"], ["di"], ["500"]])
    expect(correctWords(["udang"], near)).toBeNull()
    expect(correctWords(["zzzz"], [])).toBeNull()
  })

  it("builds the tsquery the way the match strategy asks", () => {
    const words = ["kursi", "rot"]
    const groups = [["kursi"], ["rotan", "roti"]]
    expect(toTsQueryText(groups, words)).toBe("kursi & (rotan | roti)")
    expect(toTsQueryText(groups, words, "any")).toBe("kursi | (rotan | roti)")
    expect(toTsQueryText(groups, words, "last")).toBe("kursi & (rotan | roti | rot:*)")
  })
})
