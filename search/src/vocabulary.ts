import { readFileSync } from "node:fs"
import { join } from "node:path"
import { z } from "zod"

/** The bilingual vocabulary is data (data/vocabulary.json) with this schema. */
const term = z
  .string()
  .trim()
  .min(2)
  .max(40)
  .regex(/^[a-z0-9 '-]+$/, "terms are lowercase words")
  .refine((t) => t.split(" ").length <= 3, "a term has at most 3 words (Meilisearch's synonym limit)")

const stopWord = z.string().regex(/^[a-z]{1,20}$/, "stop words are single lowercase words")

export const VocabularySchema = z
  .object({
    $comment: z.string().optional(),
    synonyms: z.array(z.array(term).min(2).max(8)).min(1),
    stop_words: z.object({ id: z.array(stopWord), en: z.array(stopWord) }).strict(),
  })
  .strict()
  .superRefine((vocabulary, ctx) => {
    const seen = new Map<string, number>()
    vocabulary.synonyms.forEach((group, i) => {
      for (const t of group) {
        if (seen.has(t))
          ctx.addIssue({ code: "custom", path: ["synonyms", i], message: `"${t}" is already in group ${seen.get(t)}` })
        seen.set(t, i)
      }
    })
  })
export type Vocabulary = z.infer<typeof VocabularySchema>

export const VOCABULARY_FILE = join(__dirname, "..", "data", "vocabulary.json")

export function loadVocabulary(file: string = VOCABULARY_FILE): Vocabulary {
  return VocabularySchema.parse(JSON.parse(readFileSync(file, "utf8")))
}

/** Lowercase, accents off, punctuation to spaces: how both queries and vocabulary are compared. */
export function normalize(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9' -]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
}

export type ExpandedQuery = {
  /** The buyer's words without stop words. */
  terms: string[]
  /** Each recognised term or phrase with its equivalents (same meaning, other language or local word). */
  groups: { matched: string; equivalents: string[] }[]
  /** One string per alternative wording, the original first: what a provider without synonyms searches for. */
  alternatives: string[]
}

/**
 * Query expansion for providers without synonyms (PostgreSQL): finds vocabulary phrases in the query
 * (longest first) and produces the query again with each phrase replaced by its equivalents.
 */
export function expandQuery(query: string, vocabulary: Vocabulary, maxAlternatives = 8): ExpandedQuery {
  const stop = new Set([...vocabulary.stop_words.id, ...vocabulary.stop_words.en])
  const words = normalize(query).split(" ").filter(Boolean)
  const kept = words.filter((w) => !stop.has(w))
  const terms = kept.length ? kept : words
  const text = terms.join(" ")
  const groups: ExpandedQuery["groups"] = []
  const phrases = vocabulary.synonyms
    .flatMap((group) => group.map((t) => ({ t, group })))
    .sort((a, b) => b.t.length - a.t.length)
  let rest = ` ${text} `
  for (const { t, group } of phrases) {
    if (rest.includes(` ${t} `)) {
      groups.push({ matched: t, equivalents: group.filter((g) => g !== t) })
      rest = rest.replace(` ${t} `, " | ")
    }
  }
  const alternatives = [text]
  for (const group of groups) {
    for (const alt of [...alternatives]) {
      for (const eq of group.equivalents) {
        if (alternatives.length >= maxAlternatives) break
        const next = ` ${alt} `.replace(` ${group.matched} `, ` ${eq} `).trim()
        if (!alternatives.includes(next)) alternatives.push(next)
      }
    }
  }
  return { terms, groups, alternatives }
}
