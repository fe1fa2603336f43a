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

/** A compound's parts are at least this long ("mega" + "mendung"), so "batik" is never "bat" + "ik". */
export const MIN_PART = 3
/** At most this many ways to split one word. */
export const MAX_SPLITS = 2

/**
 * The words whose presence in the lexicon decides compounds: each query word, each pair of adjacent
 * words joined ("mega mendung" -> "megamendung"), and the parts of each way to split a word
 * ("megamendung" -> "mega", "mendung").
 */
export function compoundCandidates(words: string[]): string[] {
  const out = new Set<string>()
  words.forEach((w, i) => {
    out.add(w)
    if (i + 1 < words.length) out.add(w + words[i + 1])
    for (let cut = MIN_PART; cut <= w.length - MIN_PART; cut++) {
      out.add(w.slice(0, cut))
      out.add(w.slice(cut))
    }
  })
  return [...out].filter((w) => w.length >= MIN_PART && w.length <= 40)
}

/** The ways a word the catalog lacks splits into two words it has, as phrases ("mega <-> mendung"). */
export function splitsOf(word: string, known: Set<string>): string[] {
  if (known.has(word) || !correctable(word)) return []
  const splits: string[] = []
  for (let cut = MIN_PART; cut <= word.length - MIN_PART && splits.length < MAX_SPLITS; cut++) {
    const a = word.slice(0, cut)
    const b = word.slice(cut)
    if (known.has(a) && known.has(b)) splits.push(`${a} <-> ${b}`)
  }
  return splits
}

/** One required part of a query: a buyer's word (or two joined), with what stands in for it, as tsquery text. */
export type Slot = {
  words: string[]
  text: string
  /** a word of it is not in the catalog, whole or split: likely misspelt, for the typo pass to correct */
  unknown?: boolean
}

/**
 * The query as slots, compounds both ways: a word the catalog lacks also matches as the two words it
 * splits into ("megamendung" finds "Mega Mendung"), two adjacent words also match as the one word they
 * join into ("mega mendung" finds "megamendung"). `groups` are each word's alternatives (itself, or
 * its typo corrections); with strategy "last" the last word also matches as a prefix.
 */
export function buildSlots(words: string[], groups: string[][], known: Set<string>, strategy?: string): Slot[] {
  const last = words.length - 1
  const alt = (i: number) => {
    const alts = [...groups[i]!, ...splitsOf(words[i]!, known).map((s) => `(${s})`)]
    if (strategy === "last" && i === last) alts.push(`${words[i]}:*`)
    return alts.length > 1 ? `(${alts.join(" | ")})` : alts[0]!
  }
  const slots: Slot[] = []
  for (let i = 0; i < words.length; i++) {
    const joined = i < last ? words[i]! + words[i + 1]! : ""
    if (joined && known.has(joined)) {
      slots.push({ words: [words[i]!, words[i + 1]!], text: `((${alt(i)} & ${alt(i + 1)}) | ${joined})` })
      i++
    } else {
      const w = words[i]!
      const unknown = correctable(w) && !known.has(w) && !splitsOf(w, known).length && groups[i]!.includes(w)
      slots.push({ words: [w], text: alt(i), ...(unknown ? { unknown } : {}) })
    }
  }
  return slots
}

/** Slots as one tsquery text: all of them (&), or any (|) with strategy "any". */
export const slotsText = (slots: Slot[], strategy?: string) =>
  slots.map((s) => s.text).join(strategy === "any" ? " | " : " & ")

/**
 * The next, relaxed query when all the words together find nothing, as Meilisearch's default
 * matching strategy ("last") does: first without the words that match nothing at all, then without
 * the last word, one at a time (a buyer's first words name the thing, later ones narrow it: "mega
 * mendung scarf" falls back to "mega mendung"); null when one slot is left or none matches. `matches`
 * is each slot's document count (capped).
 */
export function relax(slots: Slot[], matches: number[]): { slots: Slot[]; matches: number[] } | null {
  if (slots.length < 2) return null
  const keep = matches.map((m) => m > 0)
  if (!keep.some(Boolean)) return null
  if (keep.some((k) => !k))
    return { slots: slots.filter((_, i) => keep[i]), matches: matches.filter((_, i) => keep[i]) }
  return { slots: slots.slice(0, -1), matches: matches.slice(0, -1) }
}
