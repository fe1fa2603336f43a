/** Where a product is in curation: only "approved" products of active MSMEs reach buyers and search. */
export const CURATION_STATUSES = [
  "draft",
  "submitted",
  "approved",
  "changes_requested",
  "rejected",
  "archived",
] as const
export type CurationStatus = (typeof CURATION_STATUSES)[number]

/** Which curation decisions may follow which. Anything else is refused. */
export const CURATION_TRANSITIONS: Record<CurationStatus, CurationStatus[]> = {
  draft: ["submitted", "archived"],
  submitted: ["approved", "changes_requested", "rejected"],
  changes_requested: ["submitted", "archived"],
  approved: ["submitted", "archived"],
  rejected: ["submitted", "archived"],
  archived: ["submitted"],
}

export function canMoveCuration(from: CurationStatus, to: CurationStatus): boolean {
  return CURATION_TRANSITIONS[from].includes(to)
}

export type CurationHistoryEntry = {
  from: CurationStatus
  to: CurationStatus
  at: string
  by: string | null
  notes: string | null
  /** set for decisions on a revision of an approved product (the live version stays approved) */
  revision?: "submitted" | "approved" | "changes_requested" | "rejected"
  /** a review's rubric scores and grade */
  scores?: Record<string, number> | null
  grade?: string | null
}
