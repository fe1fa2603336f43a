import { readFileSync } from "node:fs"
import { join } from "node:path"
import { z } from "zod"

/**
 * The judged query set (relevance/queries.json) and the metrics it is scored with. A result is
 * relevant when its handle starts with one of the query's stems, or its category or MSME is listed.
 */
export const JudgedQuerySchema = z
  .object({
    q: z.string().min(1).max(100),
    lang: z.enum(["id", "en"]),
    stems: z.array(z.string().regex(/^[a-z0-9-]+$/)).optional(),
    categories: z.array(z.string().regex(/^[a-z0-9-]+$/)).optional(),
    msmes: z.array(z.string().regex(/^[a-z0-9-]+$/)).optional(),
    note: z.string().optional(),
  })
  .strict()
  .refine((q) => q.stems?.length || q.categories?.length || q.msmes?.length, "a judged query names what is relevant")
export type JudgedQuery = z.infer<typeof JudgedQuerySchema>

export const JudgedSetSchema = z
  .object({ $comment: z.string().optional(), queries: z.array(JudgedQuerySchema).min(80) })
  .strict()

export const JUDGED_FILE = join(__dirname, "..", "relevance", "queries.json")

export function loadJudgedSet(file: string = JUDGED_FILE): JudgedQuery[] {
  return JudgedSetSchema.parse(JSON.parse(readFileSync(file, "utf8"))).queries
}

export type JudgedProduct = { handle: string; category: string; msme: string }

export function isRelevant(query: JudgedQuery, product: JudgedProduct): boolean {
  return (
    (query.stems ?? []).some((stem) => product.handle === stem || product.handle.startsWith(`${stem}-`)) ||
    (query.categories ?? []).includes(product.category) ||
    (query.msmes ?? []).includes(product.msme)
  )
}

/** Share of the relevant products (up to k of them) that appear in the top k. */
export function recallAt(k: number, ranked: string[], relevant: Set<string>): number {
  if (!relevant.size) return 0
  const found = ranked.slice(0, k).filter((h) => relevant.has(h)).length
  return found / Math.min(relevant.size, k)
}

/** 1 / rank of the first relevant result (0 when none is returned). */
export function reciprocalRank(ranked: string[], relevant: Set<string>): number {
  const i = ranked.findIndex((h) => relevant.has(h))
  return i < 0 ? 0 : 1 / (i + 1)
}

/** Normalised discounted cumulative gain at k, with binary relevance. */
export function ndcgAt(k: number, ranked: string[], relevant: Set<string>): number {
  const dcg = ranked.slice(0, k).reduce((sum, h, i) => sum + (relevant.has(h) ? 1 / Math.log2(i + 2) : 0), 0)
  let ideal = 0
  for (let i = 0; i < Math.min(relevant.size, k); i++) ideal += 1 / Math.log2(i + 2)
  return ideal ? dcg / ideal : 0
}

export type QueryScore = {
  q: string
  lang: string
  note?: string
  relevant: number
  recall5: number
  rr: number
  ndcg10: number
  top: string[]
}
export type Evaluation = { queries: QueryScore[]; recall5: number; mrr: number; ndcg10: number }

/** Scores a search function over the judged set. `search` returns ranked product handles. */
export async function evaluate(
  judged: JudgedQuery[],
  products: JudgedProduct[],
  search: (q: string, lang: "id" | "en") => Promise<string[]>,
): Promise<Evaluation> {
  const scores: QueryScore[] = []
  for (const query of judged) {
    const relevant = new Set(products.filter((p) => isRelevant(query, p)).map((p) => p.handle))
    const ranked = await search(query.q, query.lang)
    scores.push({
      q: query.q,
      lang: query.lang,
      note: query.note,
      relevant: relevant.size,
      recall5: recallAt(5, ranked, relevant),
      rr: reciprocalRank(ranked, relevant),
      ndcg10: ndcgAt(10, ranked, relevant),
      top: ranked.slice(0, 5),
    })
  }
  const mean = (f: (s: QueryScore) => number) => scores.reduce((n, s) => n + f(s), 0) / (scores.length || 1)
  return { queries: scores, recall5: mean((s) => s.recall5), mrr: mean((s) => s.rr), ndcg10: mean((s) => s.ndcg10) }
}
