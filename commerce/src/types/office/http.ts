import { z } from "@medusajs/framework/zod"
import type { ReadinessDistribution } from "../../modules/msme/export-readiness"
import { KECAMATAN, SECTORS } from "../../modules/msme/places"
import { type Dashboard, INDICATORS, type Indicator } from "../../modules/office/indicators"

/** The targets dashboard's filters: a year, and optionally one kecamatan and one sector. */
export const DashboardQuery = z
  .object({
    year: z.coerce.number().int().min(2020).max(2100).default(new Date().getFullYear()),
    kecamatan: z.enum(KECAMATAN, { error: "kecamatan must be a kecamatan of Kabupaten Cirebon" }).optional(),
    sector: z.enum(SECTORS).optional(),
  })
  .strict()
export type DashboardQuery = z.infer<typeof DashboardQuery>

export const DashboardExportQuery = DashboardQuery.extend({
  format: z.enum(["xlsx", "pdf"]).default("xlsx"),
  lang: z.enum(["id", "en"]).default("id"),
  /** the month the printable report is for (1-12); the year so far when left out */
  month: z.coerce.number().int().min(1).max(12).optional(),
}).strict()
export type DashboardExportQuery = z.infer<typeof DashboardExportQuery>

export const SetTargetsBody = z
  .object({
    year: z.number().int().min(2020).max(2100),
    targets: z.partialRecord(
      z.enum(INDICATORS, { error: `indicators are: ${INDICATORS.join(", ")}` }),
      z.number().min(0, "a target is 0 or more").max(1e15).nullable(),
    ),
  })
  .strict()
export type SetTargetsBody = z.infer<typeof SetTargetsBody>

/** GET /admin/office/dashboard: every indicator with its target and progress, the monthly series. */
export type DashboardIndicator = {
  key: Indicator
  unit: "count" | "percent" | "idr" | "days"
  value: number | null
  target: number | null
  /** value / target in percent (for days: target / value), null without a target */
  progress: number | null
}
export type DashboardResponse = Omit<Dashboard, "values"> & {
  filters: { kecamatan: string | null; sector: string | null }
  indicators: DashboardIndicator[]
}

/** GET /admin/office/readiness: export readiness of the MSMEs a dashboard filter covers, per market in bands. */
export type ReadinessResponse = { year: number; readiness: ReadinessDistribution }
