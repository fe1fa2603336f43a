import { PRODUCT_FIELDS } from "./product-index"
import type { Vocabulary } from "./vocabulary"

/**
 * Meilisearch index settings derived from the same definitions the PostgreSQL provider uses:
 * searchable attributes by weight, filterable and sortable attributes, the bilingual synonyms and
 * stop words as engine settings (Meilisearch has them natively), typo tolerance from 4 letters
 * ("batk" -> batik), and per-language attributes.
 */
export type MeilisearchSettings = {
  searchableAttributes: string[]
  filterableAttributes: string[]
  sortableAttributes: string[]
  displayedAttributes: string[]
  rankingRules: string[]
  synonyms: Record<string, string[]>
  stopWords: string[]
  typoTolerance: { enabled: true; minWordSizeForTypos: { oneTypo: number; twoTypos: number } }
  localizedAttributes: { attributePatterns: string[]; locales: string[] }[]
  faceting: { maxValuesPerFacet: number }
  pagination: { maxTotalHits: number }
}

type Field = { searchable?: boolean | { weight?: number }; filterable?: boolean; sortable?: boolean }

export function meilisearchSettings(vocabulary: Vocabulary): MeilisearchSettings {
  const fields = Object.entries(PRODUCT_FIELDS) as [string, Field][]
  const weight = (f: Field) => (typeof f.searchable === "object" ? (f.searchable.weight ?? 1) : f.searchable ? 1 : 0)
  const synonyms: Record<string, string[]> = {}
  for (const group of vocabulary.synonyms) for (const term of group) synonyms[term] = group.filter((t) => t !== term)
  return {
    searchableAttributes: fields
      .filter(([, f]) => weight(f) > 0)
      .sort(([, a], [, b]) => weight(b) - weight(a))
      .map(([name]) => name),
    filterableAttributes: fields.filter(([, f]) => f.filterable).map(([name]) => name),
    sortableAttributes: fields.filter(([, f]) => f.sortable).map(([name]) => name),
    displayedAttributes: ["*"],
    rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness"],
    synonyms,
    stopWords: [...new Set([...vocabulary.stop_words.id, ...vocabulary.stop_words.en])].sort(),
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    localizedAttributes: [
      { attributePatterns: ["*_id"], locales: ["ind"] },
      { attributePatterns: ["*_en"], locales: ["eng"] },
    ],
    faceting: { maxValuesPerFacet: 100 },
    pagination: { maxTotalHits: 5000 },
  }
}
