/**
 * Typo correction against the catalog's own words (the lexicon), the way search engines do "fuzzy"
 * term expansion: each query word that the catalog does not contain is replaced by the catalog words
 * closest to it by trigram similarity, and the corrected query runs through the same full-text index
 * as an exact search. Pure parts here; SQL in ./service.ts.
 */

/** Words shorter than this are never corrected (too little to go on: "di", "of", sizes). */
export const MIN_CORRECTABLE = 3
/** At most this many catalog words stand in for one misspelt word. */
export const MAX_ALTERNATIVES = 3
/** Alternatives must be nearly as close as the best one (trigram similarity, 0..1). */
export const CLOSE_TO_BEST = 0.1

/** Lower-case letter and digit runs, accents folded: the only text a tsquery is ever built from. */
export function queryWords(q: string): string[] {
  return (
    q
      .toLowerCase()
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, 12) ?? []
  )
}

export const correctable = (word: string) => word.length >= MIN_CORRECTABLE && !/^\p{N}+$/u.test(word)

export type Candidate = { token: string; word: string; similarity: number }

/**
 * For each query word: itself when the catalog has it (or it cannot be corrected), otherwise the
 * closest catalog words. Returns null when nothing could be corrected (the search would only repeat
 * the exact one).
 */
export function correctWords(words: string[], candidates: Candidate[]): string[][] | null {
  let corrected = false
  const groups = words.map((token) => {
    if (!correctable(token)) return [token]
    const near = candidates.filter((c) => c.token === token).sort((a, b) => b.similarity - a.similarity)
    if (!near.length || near.some((c) => c.word === token)) return [token]
    const best = near[0]!.similarity
    corrected = true
    return near
      .filter((c) => c.similarity >= best - CLOSE_TO_BEST)
      .slice(0, MAX_ALTERNATIVES)
      .map((c) => c.word)
  })
  return corrected ? groups : null
}

/**
 * The corrected query as to_tsquery text: groups joined by & (all words, as plainto_tsquery does),
 * | with match strategy "any"; with "last" the last word the buyer typed also matches as a prefix.
 */
export function toTsQueryText(groups: string[][], words: string[], strategy?: string): string {
  const parts = groups.map((group, i) => {
    const alts = [...group]
    if (strategy === "last" && i === groups.length - 1) alts.push(`${words[i]}:*`)
    return alts.length > 1 ? `(${alts.join(" | ")})` : alts[0]!
  })
  return parts.join(strategy === "any" ? " | " : " & ")
}
