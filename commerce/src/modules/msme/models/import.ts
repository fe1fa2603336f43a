import { model } from "@medusajs/framework/utils"

/**
 * A registry spreadsheet brought in by staff: read in a dry run first (every row's outcome kept),
 * then committed. The job survives the page being closed: Admin reads its progress back.
 */
export const MsmeImport = model
  .define("msme_import", {
    id: model.id({ prefix: "mimp" }).primaryKey(),
    filename: model.text(),
    format: model.enum(["xlsx", "csv"]),
    /** sha256 of the file: the same file again is recognised */
    checksum: model.text(),
    /** analysing -> ready (dry run done) -> committing -> committed; failed when the file cannot be read */
    status: model.enum(["analysing", "ready", "committing", "committed", "failed"]).default("analysing"),
    /** the file's header -> our field */
    mapping: model.json(),
    total_rows: model.number().default(0),
    processed_rows: model.number().default(0),
    /** counts by outcome: { create, update, unchanged, conflict, error } and, after commit, what was done */
    summary: model.json().default({}),
    error: model.text().nullable(),
    created_by: model.text().nullable(),
    committed_at: model.dateTime().nullable(),
    rows: model.hasMany(() => MsmeImportRow, { mappedBy: "import" }),
  })
  .cascades({ delete: ["rows"] })

/** One data row of an import: what the dry run found and, after the commit, what was done. */
export const MsmeImportRow = model
  .define("msme_import_row", {
    id: model.id({ prefix: "mirow" }).primaryKey(),
    row_number: model.number(),
    /** create, update, unchanged, conflict (staff-verified data differs: a person decides), error */
    outcome: model.enum(["create", "update", "unchanged", "conflict", "error"]),
    /** nib or name_desa: how the row was matched to the registry */
    matched_by: model.text().nullable(),
    msme_id: model.text().nullable(),
    /** the row's values, normalized, by our field names */
    values: model.json(),
    /** the fields it would change: [{ field, from, to }] */
    changes: model.json().default({ list: [] }),
    /** problems by column, in both languages: [{ column, field, id, en }] */
    problems: model.json().default({ list: [] }),
    /** for a conflict: "file" (take the file's values) or "registry" (keep); null until decided */
    decision: model.text().nullable(),
    /** after the commit: created, updated, kept, skipped */
    result: model.text().nullable(),
    import: model.belongsTo(() => MsmeImport, { mappedBy: "rows" }),
  })
  .indexes([{ on: ["import_id", "row_number"], unique: true, where: "deleted_at IS NULL" }])

/** A column layout other than the office's usual headers, saved under a name for the next file. */
export const MsmeImportMapping = model.define("msme_import_mapping", {
  id: model.id({ prefix: "mimap" }).primaryKey(),
  name: model.text().unique(),
  /** header as written in the file -> our field */
  columns: model.json(),
  created_by: model.text().nullable(),
})
