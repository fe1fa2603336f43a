import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { registryWhere } from "../../../modules/office/registry"
import { T } from "../../../modules/office/tables"
import type { FacilitationQuery, OpenCasesBody } from "../../../types/msme/http"
import { openFacilitationCasesWorkflow } from "../../../workflows/msme/facilitation/workflows"

const CASE_FIELDS = [
  "id",
  "permit_type",
  "status",
  "officer_id",
  "next_step",
  "due_date",
  "history",
  "opened_by",
  "closed_at",
  "created_at",
  "msme.id",
  "msme.name",
  "msme.kecamatan",
  "msme.desa",
  "msme.whatsapp",
  "msme.sector",
]

/** The facilitation queue: open cases by default, soonest due first, filtered in the database. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, FacilitationQuery>, res: MedusaResponse) {
  const { status, permit_type, kecamatan, officer_id, state, overdue, limit, offset } =
    req.validatedQuery as FacilitationQuery
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (permit_type) filters.permit_type = permit_type
  if (officer_id) filters.officer_id = officer_id
  if (kecamatan) filters.msme = { kecamatan }
  if (state === "open") filters.closed_at = null
  if (state === "closed") filters.closed_at = { $ne: null }
  if (overdue) Object.assign(filters, { closed_at: null, due_date: { $lt: new Date() } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "msme_facilitation_case",
    fields: CASE_FIELDS,
    filters,
    pagination: { skip: offset, take: limit, order: { due_date: "ASC", created_at: "ASC" } },
  })
  res.json({ cases: data, count: metadata?.count ?? data.length, limit, offset })
}

/**
 * Opens cases in bulk: every MSME the registry filter finds that lacks the permit (verified and
 * unexpired; for P-IRT a BPOM MD counts too) and has no open case for it.
 */
export async function POST(req: AuthenticatedMedusaRequest<OpenCasesBody>, res: MedusaResponse) {
  const { permit_type, filter, officer_id, next_step, due_date } = req.validatedBody
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const where = registryWhere({
    ...filter,
    missing: [
      ...new Set([...(filter.missing ?? []), permit_type, ...(permit_type === "pirt" ? (["bpom_md"] as const) : [])]),
    ],
  })
  const matched = await knex.raw(`select count(*)::int as n from ${T.msme} m where ${where.sql}`, where.bindings)
  const result = await knex.raw(
    `select m.id from ${T.msme} m where ${where.sql}
        and not exists (select 1 from ${T.facilitation} c where c.msme_id = m.id and c.permit_type = ? and c.closed_at is null and c.deleted_at is null)
      order by m.id`,
    [...where.bindings, permit_type],
  )
  const ids = (result.rows as { id: string }[]).map((r) => r.id)
  let opened = 0
  for (let i = 0; i < ids.length; i += 1000) {
    const { result: cases } = await openFacilitationCasesWorkflow(req.scope).run({
      input: {
        cases: ids.slice(i, i + 1000).map((msme_id) => ({
          msme_id,
          permit_type,
          officer_id: officer_id ?? null,
          next_step: next_step ?? null,
          due_date: due_date ?? null,
          opened_by: req.auth_context.actor_id,
        })),
      },
    })
    opened += cases.length
  }
  const lacking = Number(matched.rows[0]?.n ?? 0)
  res.status(201).json({ opened, already_open: lacking - opened, matched: lacking })
}
