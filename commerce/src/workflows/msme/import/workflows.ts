import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createMsmesStep } from "../steps/create-msme"
import { createPermitsStep } from "../steps/create-permits"
import { recordStatusChangeStep } from "../steps/record-status-change"
import type { MsmeInput } from "../types"
import {
  createImportStep,
  decideImportRowsStep,
  type ImportRowRecord,
  markImportRowsStep,
  recordImportRowsStep,
  saveImportMappingStep,
  undoImportCommitStep,
  updateImportStep,
  updateMsmesStep,
} from "./steps"

/** A chunk of a dry run: its rows' outcomes kept, the job's progress moved on. */
export const recordImportChunkWorkflow = createWorkflow(
  "record-msme-import-chunk",
  (input: { import_id: string; rows: ImportRowRecord[]; processed_rows: number; total_rows: number }) => {
    recordImportRowsStep(input.rows)
    updateImportStep(
      transform({ input }, ({ input }) => ({
        id: input.import_id,
        processed_rows: input.processed_rows,
        total_rows: input.total_rows,
      })),
    )
    return new WorkflowResponse(null)
  },
)

export type ImportBatchInput = {
  import_id: string
  actor_id: string | null
  /** new MSMEs, in the order of `create_rows` */
  creates: MsmeInput[]
  create_rows: { row_id: string; nib: string | null }[]
  /** changes to matched MSMEs (only the fields that change) */
  updates: ({ id: string } & Record<string, unknown>)[]
  update_rows: { row_id: string; msme_id: string }[]
  /** NIBs to record (pending) for matched MSMEs that had none */
  nibs: { msme_id: string; number: string }[]
  /** rows left as they are (unchanged, kept by decision, skipped errors) */
  kept: { row_id: string; result: "kept" | "skipped"; msme_id: string | null }[]
  processed_rows: number
}

/**
 * One batch of an import's commit: new MSMEs (pending, with their NIB recorded for verification and
 * the first line of their history), changes to matched ones, and each row marked with what was
 * done. A failing step undoes the batch; the import runner undoes earlier batches (see run.ts).
 */
export const commitImportBatchWorkflow = createWorkflow("commit-msme-import-batch", (input: ImportBatchInput) => {
  const created = createMsmesStep(input.creates)
  createPermitsStep(
    transform({ input, created }, ({ input, created }) => [
      ...input.create_rows.flatMap((row, i) =>
        row.nib ? [{ msme_id: created[i]!.id, type: "nib" as const, number: row.nib, status: "pending" as const }] : [],
      ),
      ...input.nibs.map((n) => ({
        msme_id: n.msme_id,
        type: "nib" as const,
        number: n.number,
        status: "pending" as const,
      })),
    ]),
  )
  recordStatusChangeStep(
    transform({ input, created }, ({ input, created }) =>
      created.map((m) => ({
        msme_id: m.id,
        from_status: null,
        to_status: m.status,
        reason: `import ${input.import_id}`,
        actor_id: input.actor_id,
        source: "import" as const,
      })),
    ),
  )
  updateMsmesStep(input.updates)
  markImportRowsStep(
    transform({ input, created }, ({ input, created }) => [
      ...input.create_rows.map((row, i) => ({ id: row.row_id, result: "created", msme_id: created[i]!.id })),
      ...input.update_rows.map((row) => ({ id: row.row_id, result: "updated", msme_id: row.msme_id })),
      ...input.kept.map((row) => ({ id: row.row_id, result: row.result, msme_id: row.msme_id })),
    ]),
  )
  updateImportStep(transform({ input }, ({ input }) => ({ id: input.import_id, processed_rows: input.processed_rows })))
  emitEventStep({
    eventName: "msme.imported",
    data: transform({ input, created }, ({ input, created }) => ({
      import_id: input.import_id,
      created: created.map((m) => m.id),
      updated: input.updates.map((u) => u.id),
    })),
  })
  return new WorkflowResponse(created)
})

/** A staff member decides conflicting rows: take the file's values, or keep the registry's. */
export const decideImportRowsWorkflow = createWorkflow(
  "decide-msme-import-rows",
  (input: { rows: { id: string; decision: "file" | "registry" }[] }) => {
    decideImportRowsStep(input.rows)
    return new WorkflowResponse(null)
  },
)

/** Changes an import job (status, progress, summary, error) through a step that can be undone. */
export const updateImportWorkflow = createWorkflow(
  "update-msme-import",
  (input: { id: string } & Record<string, unknown>) => {
    const updated = updateImportStep(input)
    return new WorkflowResponse(updated)
  },
)

/** Opens an import job for an uploaded file (its dry run then fills the rows). */
export const createImportWorkflow = createWorkflow(
  "create-msme-import",
  (input: {
    filename: string
    format: "xlsx" | "csv"
    checksum: string
    mapping: Record<string, string>
    created_by: string | null
  }) => new WorkflowResponse(createImportStep(input)),
)

/** Saves a column layout for other spreadsheets under a name. */
export const saveImportMappingWorkflow = createWorkflow(
  "save-msme-import-mapping",
  (input: { name: string; columns: Record<string, string>; created_by: string | null }) =>
    new WorkflowResponse(saveImportMappingStep(input)),
)

/** Undoes an import's commit (after a batch failed part-way): the registry as it was before. */
export const rollbackImportWorkflow = createWorkflow("rollback-msme-import", (input: { import_id: string }) => {
  undoImportCommitStep(input.import_id)
  return new WorkflowResponse(null)
})
