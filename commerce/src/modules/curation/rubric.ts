/**
 * The gallery's curation rubric: six criteria scored 1 (poor) to 5 (excellent), the grade computed
 * from their average. A product is approved only at grade C or better; D asks for changes.
 */
export const RUBRIC = [
  { key: "permits", id: "Legalitas (izin usaha dan produk)", en: "Permits (business and product)" },
  { key: "quality", id: "Mutu produk", en: "Product quality" },
  { key: "packaging", id: "Kemasan dan label", en: "Packaging and labelling" },
  { key: "capacity", id: "Kapasitas produksi", en: "Production capacity" },
  { key: "market", id: "Kesiapan pasar", en: "Market readiness" },
  { key: "content", id: "Foto dan deskripsi dua bahasa", en: "Photos and description in both languages" },
] as const

export type RubricKey = (typeof RUBRIC)[number]["key"]
export type RubricScores = Record<RubricKey, number>
export type Grade = "A" | "B" | "C" | "D"

export const RUBRIC_KEYS = RUBRIC.map((c) => c.key) as RubricKey[]

/** A: average 4.5 or more; B: 3.5; C: 2.5; D below. Any criterion at 1 caps the grade at C. */
export function gradeOf(scores: RubricScores): { average: number; grade: Grade } {
  const values = RUBRIC_KEYS.map((k) => scores[k])
  const average = Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100
  let grade: Grade = average >= 4.5 ? "A" : average >= 3.5 ? "B" : average >= 2.5 ? "C" : "D"
  if (values.some((v) => v <= 1) && (grade === "A" || grade === "B")) grade = "C"
  return { average, grade }
}

/** Grades a product can be approved with. */
export const APPROVABLE_GRADES: Grade[] = ["A", "B", "C"]
