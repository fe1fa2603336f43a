import { z } from "@medusajs/framework/zod"
import { checkPassword } from "../../lib/password-rule"
import { UNITS } from "../../modules/export-inquiry/terms"
import { FACILITATION_PERMITS, FACILITATION_STATUSES } from "../../modules/msme/facilitation"
import { IMPORT_FIELDS } from "../../modules/msme/import-rules"
import { checkPermitNumber, PERMIT_TYPES, type PermitType } from "../../modules/msme/permits"
import { KECAMATAN, MSME_STATUSES, SECTORS } from "../../modules/msme/places"
import { REGISTRY_SORTS } from "../../modules/office/registry"
import { pageFields } from "../paging"

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} is at most ${max} characters`)

/** A permit staff record for an MSME: always pending; only a permit verifier's decision verifies it. */
export const PermitBody = z
  .object({
    type: z.enum(PERMIT_TYPES, { error: `type must be one of: ${PERMIT_TYPES.join(", ")}` }),
    number: text("number", 60),
    issued_at: z.coerce.date({ error: "issued_at must be a date (YYYY-MM-DD)" }).optional(),
    expires_at: z.coerce.date({ error: "expires_at must be a date (YYYY-MM-DD)" }).optional(),
    /** a copy of the document elsewhere (the office's archive): https only */
    document_url: z
      .url({ protocol: /^https$/, error: "document_url must be an https:// address" })
      .max(2000)
      .optional(),
  })
  .strict()
  .transform((permit, ctx) => {
    const check = checkPermitNumber(permit.type, permit.number)
    if (!check.ok) {
      ctx.addIssue({ code: "custom", path: ["number"], message: check.message })
      return z.NEVER
    }
    if (permit.issued_at && permit.expires_at && permit.expires_at <= permit.issued_at) {
      ctx.addIssue({ code: "custom", path: ["expires_at"], message: "expires_at must be after issued_at" })
      return z.NEVER
    }
    return { ...permit, number: check.number }
  })
export type PermitBody = z.infer<typeof PermitBody>

const msmeFields = {
  handle: z
    .string({ error: "handle is required" })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "handle must be lowercase words joined by dashes, e.g. batik-wadas-arum")
    .max(120),
  name: text("name", 120),
  owner_name: text("owner_name", 120),
  sector: z.enum(SECTORS, { error: "sector must be craft or culinary" }),
  craft: text("craft", 60),
  kecamatan: z.enum(KECAMATAN, {
    error: "kecamatan must be a kecamatan of Kabupaten Cirebon (e.g. Plered, Weru, Sumber)",
  }),
  desa: text("desa", 80),
  address: text("address", 240).optional(),
  story_id: text("story_id (Indonesian story)", 4000),
  story_en: text("story_en (English story)", 4000),
  whatsapp: z
    .string()
    .regex(/^\+62\d{8,13}$/, "whatsapp must be written +62 followed by 8 to 13 digits, e.g. +6281234567890")
    .optional(),
  email: z.email("email must be an e-mail address").optional(),
  established_year: z.number().int().min(1900).max(new Date().getFullYear()).optional(),
  employees: z.number().int().min(1).max(10_000).optional(),
  status: z.enum(MSME_STATUSES).default("pending"),
}

export const CreateMsmeBody = z
  .object({ ...msmeFields, permits: z.array(PermitBody).max(20, "at most 20 permits at once").default([]) })
  .strict()
  .superRefine((body, ctx) => {
    const types = body.permits.map((p) => p.type)
    const dup = types.find((t, i) => types.indexOf(t) !== i)
    if (dup) ctx.addIssue({ code: "custom", path: ["permits"], message: `permit type ${dup} is given twice` })
  })
export type CreateMsmeBody = z.infer<typeof CreateMsmeBody>

export const UpdateMsmeBody = z
  .object({
    ...msmeFields,
    // a status changes only with its reason, through its own route (it is kept in the MSME's history)
    status: z
      .unknown()
      .refine(() => false, "change the status with POST /admin/msmes/:id/status, giving the reason")
      .optional(),
  })
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, "send at least one field to change")
export type UpdateMsmeBody = z.infer<typeof UpdateMsmeBody>

const permitList = z
  .string()
  .max(200)
  .transform((value, ctx) => {
    const list = value
      .split(",")
      .map((v) => v.trim())
      .filter(Boolean)
    const unknown = list.filter((v) => !(PERMIT_TYPES as readonly string[]).includes(v))
    if (unknown.length) {
      ctx.addIssue({
        code: "custom",
        message: `unknown permit ${unknown.join(", ")}: permits are some of ${PERMIT_TYPES.join(", ")}`,
      })
      return z.NEVER
    }
    return list as PermitType[]
  })

/** The registry's filters (search by name, owner or NIB; place; sector and craft; legality; online; products). */
export const RegistryFilterQuery = z
  .object({
    q: z.string().trim().max(100, "search is at most 100 characters").optional(),
    status: z.enum(MSME_STATUSES, { error: `status is one of: ${MSME_STATUSES.join(", ")}` }).optional(),
    sector: z.enum(SECTORS, { error: "sector is craft or culinary" }).optional(),
    kecamatan: z.enum(KECAMATAN, { error: "kecamatan must be a kecamatan of Kabupaten Cirebon" }).optional(),
    desa: z.string().trim().max(80).optional(),
    craft: z.string().trim().max(60).optional(),
    verified: permitList.optional(),
    missing: permitList.optional(),
    online: z
      .enum(["sellers", "staff_assisted", "none"], { error: "online is sellers, staff_assisted or none" })
      .optional(),
    live: z.enum(["yes", "no"], { error: "live is yes or no" }).optional(),
    export_ready: z.enum(["yes", "no"], { error: "export_ready is yes or no" }).optional(),
    sort: z.enum(REGISTRY_SORTS, { error: `sort is one of: ${REGISTRY_SORTS.join(", ")}` }).default("name"),
  })
  .strict()
export type RegistryFilterQuery = z.infer<typeof RegistryFilterQuery>

export const ListMsmesQuery = RegistryFilterQuery.extend({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
}).strict()
export type ListMsmesQuery = z.infer<typeof ListMsmesQuery>

/** A seller account staff open for an MSME; the first password is handed over and changed later. */
export const AddSellerBody = z
  .object({
    email: z.email("email must be an e-mail address"),
    name: text("name", 120),
    password: z.string().max(200),
    role: z.enum(["owner", "member"]).default("member"),
  })
  .strict()
  .superRefine((body, ctx) => {
    const problem = checkPassword(body.password, body.email)
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem.message })
  })
export type AddSellerBody = z.infer<typeof AddSellerBody>

/** Staff invite a person (by email) to sell for an MSME. */
export const InviteSellerBody = z
  .object({
    email: z.email("email must be an e-mail address"),
    name: text("name", 120),
  })
  .strict()
export type InviteSellerBody = z.infer<typeof InviteSellerBody>

/** Export data of a product (its profile in the msme module), for sellers, staff and the demo catalog alike: what an export buyer needs (HS code, MOQ, lead time, capacity, packed size). */
export const ExportProfileBody = z
  .object({
    hs_code: z
      .string()
      .trim()
      .regex(/^\d{4}\.\d{2}$/, "HS codes are written as 6 digits: 0000.00 (e.g. 4602.12 for rattan)"),
    moq: z.number().int().positive("the minimum order is at least 1"),
    // the units export buyers ask in (the inquiry's), so an MOQ and an inquiry line speak alike
    moq_unit: z.enum(UNITS, { error: `the unit is one of ${UNITS.join(", ")}` }),
    lead_time_days: z.number().int().min(1).max(365, "lead time is at most 365 days"),
    capacity_per_month: z.number().int().positive("capacity per month is at least 1"),
    packed: z
      .object({
        length_cm: z.number().positive().max(400),
        width_cm: z.number().positive().max(400),
        height_cm: z.number().positive().max(400),
        weight_kg: z.number().positive().max(1000),
      })
      .strict()
      .optional(),
    shelf_life_months: z.number().int().min(1).max(60).optional(),
  })
  .strict()
export type ExportProfileBody = z.infer<typeof ExportProfileBody>

/** GET /admin/msmes/export: the same filters, as a spreadsheet. */
export const ExportRegistryQuery = RegistryFilterQuery.extend({
  format: z.enum(["xlsx", "csv"], { error: "format is xlsx or csv" }).default("xlsx"),
  lang: z.enum(["id", "en"]).default("id"),
}).strict()
export type ExportRegistryQuery = z.infer<typeof ExportRegistryQuery>

/** An administrator activates or suspends an MSME, always with the reason (kept in its history). */
export const SetMsmeStatusBody = z
  .object({
    status: z.enum(MSME_STATUSES, { error: `status is one of: ${MSME_STATUSES.join(", ")}` }),
    reason: text("the reason", 500),
  })
  .strict()
export type SetMsmeStatusBody = z.infer<typeof SetMsmeStatusBody>

/** Form fields sent with a registry spreadsheet (multipart): a saved layout to use, or one given now. */
export const StartImportFields = z
  .object({
    mapping_name: z.string().trim().min(1).max(80).optional(),
    /** JSON: header as in the file -> our field */
    mapping: z
      .string()
      .max(10_000)
      .transform((raw, ctx) => {
        try {
          const parsed = JSON.parse(raw) as unknown
          if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) return parsed as Record<string, string>
        } catch {}
        ctx.addIssue({ code: "custom", message: 'mapping is a JSON object: {"header in the file": "field"}' })
        return z.NEVER
      })
      .optional(),
    save_mapping_as: z.string().trim().min(1).max(80).optional(),
  })
  .strict()
export type StartImportFields = z.infer<typeof StartImportFields>

export const ImportRowsQuery = z
  .object({
    outcome: z.enum(["create", "update", "unchanged", "conflict", "error"]).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type ImportRowsQuery = z.infer<typeof ImportRowsQuery>

export const ImportDecisionsBody = z
  .object({
    rows: z
      .array(
        z
          .object({ id: z.string().regex(/^mirow_/, "not a row of an import"), decision: z.enum(["file", "registry"]) })
          .strict(),
      )
      .min(1, "decide at least one row")
      .max(500, "at most 500 rows at once"),
  })
  .strict()
export type ImportDecisionsBody = z.infer<typeof ImportDecisionsBody>

export const CommitImportBody = z
  .object({
    /** import the good rows and leave the rows with errors out (otherwise a file with errors is refused) */
    skip_errors: z.boolean().default(false),
  })
  .strict()
export type CommitImportBody = z.infer<typeof CommitImportBody>

export const SaveMappingBody = z
  .object({
    name: z.string().trim().min(1, "name the layout").max(80),
    columns: z.record(z.string().max(120), z.enum(IMPORT_FIELDS, { error: `fields are: ${IMPORT_FIELDS.join(", ")}` })),
  })
  .strict()
export type SaveMappingBody = z.infer<typeof SaveMappingBody>

export const TemplateQuery = z.object({ format: z.enum(["xlsx", "csv"]).default("xlsx") }).strict()
export type TemplateQuery = z.infer<typeof TemplateQuery>

const caseText = (label: string, max: number) => z.string().trim().max(max, `${label} is at most ${max} characters`)

/** The facilitation queue's filters. */
export const FacilitationQuery = z
  .object({
    status: z.enum(FACILITATION_STATUSES).optional(),
    permit_type: z.enum(FACILITATION_PERMITS).optional(),
    kecamatan: z.enum(KECAMATAN).optional(),
    officer_id: z.string().max(100).optional(),
    /** open (default), closed, or all */
    state: z.enum(["open", "closed", "all"]).default("open"),
    overdue: z.enum(["yes"]).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type FacilitationQuery = z.infer<typeof FacilitationQuery>

/**
 * Cases opened in bulk from the registry: every MSME the filter finds that lacks the permit and has no
 * open case for it ("all active food MSMEs without halal": sector=culinary, status=active).
 */
export const OpenCasesBody = z
  .object({
    permit_type: z.enum(FACILITATION_PERMITS, { error: `permit_type is one of: ${FACILITATION_PERMITS.join(", ")}` }),
    filter: RegistryFilterQuery.omit({ sort: true }).default({}),
    officer_id: z.string().max(100).nullable().optional(),
    next_step: caseText("the next step", 500).optional(),
    due_date: z.coerce.date({ error: "due_date is a date (YYYY-MM-DD)" }).optional(),
  })
  .strict()
export type OpenCasesBody = z.infer<typeof OpenCasesBody>

export const ChangeCaseBody = z
  .object({
    status: z.enum(FACILITATION_STATUSES).optional(),
    officer_id: z.string().max(100).nullable().optional(),
    next_step: caseText("the next step", 500).nullable().optional(),
    due_date: z.coerce.date({ error: "due_date is a date (YYYY-MM-DD)" }).nullable().optional(),
    note: caseText("the note", 2000).min(1).optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, "send at least one thing to change")
export type ChangeCaseBody = z.infer<typeof ChangeCaseBody>

/**
 * A page of the active MSMEs for buyers: by name (the directory) or oldest first (a stable order for
 * the sitemap), of one kecamatan, one craft (a category handle) or one sector if asked.
 */
export const StoreMsmeListQuery = z
  .object({
    ...pageFields(5000, 100),
    order: z.enum(["name", "created_at"], { error: "order is name or created_at" }).default("name"),
    kecamatan: z
      .enum(KECAMATAN, { error: "kecamatan is one of the 40 kecamatan of Kabupaten Cirebon, such as Plered" })
      .optional(),
    craft: z
      .string()
      .regex(/^[a-z0-9-]{1,120}$/, "craft is a category handle such as batik-tulis")
      .optional(),
    sector: z.enum(SECTORS, { error: "sector is craft or culinary" }).optional(),
  })
  .strict()
export type StoreMsmeListQuery = z.infer<typeof StoreMsmeListQuery>
