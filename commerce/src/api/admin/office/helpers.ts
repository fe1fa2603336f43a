import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OFFICE_MODULE } from "../../../modules/office"
import { dashboard, INDICATOR_UNIT, INDICATORS } from "../../../modules/office/indicators"
import type OfficeModuleService from "../../../modules/office/service"
import type { DashboardQuery, DashboardResponse } from "../../../types/office/http"

/** The dashboard for a filter: every indicator with the year's target and the progress towards it. */
export async function readDashboard(container: MedusaContainer, filters: DashboardQuery): Promise<DashboardResponse> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const office: OfficeModuleService = container.resolve(OFFICE_MODULE)
  const [data, targets] = await Promise.all([
    dashboard(knex, filters),
    office.listOfficeTargets({ year: filters.year }),
  ])
  const targetOf = new Map(targets.map((t) => [t.indicator, Number(t.value)]))
  const { values, ...rest } = data
  return {
    ...rest,
    filters: { kecamatan: filters.kecamatan ?? null, sector: filters.sector ?? null },
    indicators: INDICATORS.map((key) => {
      const value = values[key]
      const target = targetOf.get(key) ?? null
      const unit = INDICATOR_UNIT[key]
      const progress =
        value === null || target === null || target === 0
          ? null
          : Math.round((unit === "days" ? (value ? target / value : 1) : value / target) * 1000) / 10
      return { key, unit, value, target, progress }
    }),
  }
}
