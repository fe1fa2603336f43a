import { buildSlots, compoundCandidates, correctWords, queryWords, relax, slotsText, splitsOf } from "../lexicon"
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
      { path: "title_id", kind: "string", is_array: false, is_date: false, field: { facetable: true } },
      { path: "title_en", kind: "string", is_array: false, is_date: false },
      { path: "category", kind: "string", is_array: false, is_date: false, field: { facetable: true } },
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
      sent: statements.filter((s) => s.sql.includes("search_pg_product_v1") && !s.sql.includes("LIMIT 1000) s")),
      // the relaxed pass's probe: how many documents each slot matches (nothing was found here)
      probes: statements.filter((s) => s.sql.includes("LIMIT 1000) s")),
    }
  }

  it("corrects misspelt words from the lexicon and searches the full-text index with them", async () => {
    const { lexicon, sent } = await run(query(true))
    // which words the catalog has (one primary-key lookup), then the nearest words of the one it lacks
    expect(lexicon).toHaveLength(2)
    expect(lexicon[0]!.sql).not.toContain("%")
    expect(JSON.parse(lexicon[1]!.params[0] as string)).toEqual(["batk"])
    expect(sent.length).toBeGreaterThanOrEqual(1) // hits, count and facets in one statement
    for (const { sql, params } of sent) {
      expect(sql).toContain(`"search_vector" @@ to_tsquery('medusa_search_english', ?)`)
      expect(sql).not.toContain("word_similarity")
      expect(sql).not.toContain("<%")
      // "batu" is much further from "batk" than "batik" is, so it is not tried
      expect(params).toContain("(batik | batak) & tulis")
    }
  })

  it("relaxes a search that finds nothing: one probe of every word's matches, then no search when none matches", async () => {
    // an exact search with a word the catalog lacks is not relaxed (the typo pass corrects it first)
    expect((await run(query(false))).probes).toEqual([])
    const { probes } = await run(query(true))
    expect(probes).toHaveLength(1)
    expect(probes[0]!.params).toEqual(["(batik | batak)", "tulis"])
    expect((probes[0]!.sql.match(/\?/g) ?? []).length).toBe(2)
  })

  it("leaves exact searches as they are: full text only, no trigram matching", async () => {
    const { lexicon, sent } = await run(query(false))
    // only the compound lookup: which words the catalog has, by primary key, no trigram search
    expect(lexicon).toHaveLength(1)
    expect(lexicon[0]!.sql).not.toMatch(/similarity|%|<->/)
    for (const { sql } of sent) {
      expect(sql).not.toContain("<%")
      expect(sql).not.toContain("word_similarity")
      expect(sql).toContain("@@")
    }
  })

  it("ranks, counts and facets only the first 1,000 matches of a relevance-ordered search, in one statement", async () => {
    const facets = [{ field: "category", limit: 20 }, { field: "title_id" }]
    const { sent } = await run(query(false, { facets }))
    // one statement: the full-text index is read once for the hits, the count and every facet
    expect(sent).toHaveLength(1)
    const [one] = sent
    expect(one!.sql).toMatch(
      /"galeri_matched" AS MATERIALIZED \(SELECT "id", "indexed", "search_vector" FROM "search_pg_product_v1" WHERE .* LIMIT \?\)/s,
    )
    expect(one!.sql).toMatch(
      /"galeri_candidates" AS MATERIALIZED \(SELECT "id", "indexed", ts_rank_cd\(.*\) AS "score" FROM "galeri_matched" LIMIT \?\)/s,
    )
    // the count reads up to 1,001 matches (more than 1,000 says "1,000+"), the ranking 1,000
    expect(one!.params).toEqual(expect.arrayContaining([1001, 1000]))
    expect(one!.params.indexOf(1001)).toBeLessThan(one!.params.indexOf(1000))
    // each facet is a sub-select of the candidate set, not another scan of the index
    expect(one!.sql.match(/FROM "galeri_candidates"/g)?.length).toBeGreaterThanOrEqual(1 + facets.length)
    expect((one!.sql.match(/\?/g) ?? []).length).toBe(one!.params.length)
    // sorted by a field: every match counts, as the stock provider does it
    const sorted = await run({ ...query(false), pagination: { take: 12, order: { title_id: "ASC" } } } as never)
    expect(sorted.sent.some((s) => s.sql.includes("galeri_candidates"))).toBe(false)
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
    const slots = buildSlots(words, groups, new Set(["kursi", "rotan", "roti"]))
    expect(slotsText(slots)).toBe("kursi & (rotan | roti)")
    expect(slotsText(slots, "any")).toBe("kursi | (rotan | roti)")
    expect(slotsText(buildSlots(words, groups, new Set(), "last"), "last")).toBe("kursi & (rotan | roti | rot:*)")
  })
})

describe("compounds and the relaxed pass", () => {
  const known = new Set(["mega", "mendung", "batik", "megamendung", "kain", "tulis", "scarf"])

  it("splits a word the catalog lacks into two it has, and joins two adjacent words it has as one", () => {
    expect(compoundCandidates(["megamendung"])).toEqual(expect.arrayContaining(["megamendung", "mega", "mendung"]))
    expect(compoundCandidates(["mega", "mendung"])).toContain("megamendung")
    expect(splitsOf("megamendung", new Set(["mega", "mendung"]))).toEqual(["mega <-> mendung"])
    // a word the catalog has is never split; parts are at least three letters
    expect(splitsOf("megamendung", known)).toEqual([])
    expect(splitsOf("batiku", new Set(["bat", "iku", "batik"]))).toEqual(["bat <-> iku"])
    expect(splitsOf("batiku", new Set(["ba", "tiku"]))).toEqual([])
    const split = buildSlots(["megamendung", "kain"], [["megamendung"], ["kain"]], new Set(["mega", "mendung", "kain"]))
    expect(slotsText(split)).toBe("(megamendung | (mega <-> mendung)) & kain")
    const joined = buildSlots(["kain", "mega", "mendung"], [["kain"], ["mega"], ["mendung"]], known)
    expect(joined.map((s) => s.words)).toEqual([["kain"], ["mega", "mendung"]])
    expect(slotsText(joined)).toBe("kain & ((mega & mendung) | megamendung)")
  })

  it("drops the words that match nothing, then the last word, one at a time", () => {
    const slots = buildSlots(["mega", "mendung", "scarf"], [["mega"], ["mendung"], ["scarf"]], new Set())
    expect(relax(slots, [40, 0, 3])!.slots.map((s) => s.text)).toEqual(["mega", "scarf"])
    const both = relax(slots, [40, 30, 5])!
    expect(both.slots.map((s) => s.text)).toEqual(["mega", "mendung"])
    expect(relax(both.slots, both.matches)!.slots.map((s) => s.text)).toEqual(["mega"])
    expect(relax(slots, [0, 0, 0])).toBeNull()
    expect(relax(slots.slice(0, 1), [5])).toBeNull()
  })
})
