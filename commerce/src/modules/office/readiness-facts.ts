import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { ReadinessFacts } from "../msme/export-readiness"
import { PERMIT_TYPES } from "../msme/permits"
import { T } from "./tables"

/** The facts export readiness is scored from, for the given MSMEs (a registry page or one MSME). Read-only. */
export async function readinessFacts(knex: Knex, msmeIds: string[]): Promise<Map<string, ReadinessFacts>> {
  if (!msmeIds.length) return new Map()
  const result = await knex.raw(
    `select m.id, m.sector, m.craft,
       coalesce((select array_agg(distinct p.type) from ${T.permit} p where p.msme_id = m.id and p.deleted_at is null
          and p.status = 'verified' and (p.expires_at is null or p.expires_at > now())), '{}') as permits,
       (select count(*)::int from ${T.msmeProduct} l join ${T.product} pr on pr.id = l.product_id and pr.deleted_at is null
          and pr.status = 'published' where l.msme_id = m.id and l.deleted_at is null) as live_products,
       (select count(*)::int from ${T.msmeProduct} l join ${T.product} pr on pr.id = l.product_id and pr.deleted_at is null
          and pr.status = 'published'
          join ${T.productProfile} pp on pp.product_id = pr.id and pp.deleted_at is null
          join ${T.profile} f on f.id = pp.msme_product_profile_id and f.deleted_at is null
         where l.msme_id = m.id and l.deleted_at is null and f.export_ready and f.hs_code is not null and f.moq is not null
           and f.capacity_per_month is not null and f.packed_length_cm is not null) as export_complete,
       (select min(c.grade) from ${T.msmeProduct} l join ${T.product} pr on pr.id = l.product_id and pr.deleted_at is null
          and pr.status = 'published'
          join ${T.productCuration} pc on pc.product_id = pr.id and pc.deleted_at is null
          join ${T.curation} c on c.id = pc.product_curation_id and c.deleted_at is null
         where l.msme_id = m.id and l.deleted_at is null and c.grade is not null) as best_grade,
       (select count(*)::int from export_inquiry_item it
          where it.deleted_at is null and (it.assigned_msme_id = m.id or exists (
            select 1 from product_product_exportinquiry_export_inquiry_item pi join ${T.msmeProduct} l
              on l.product_id = pi.product_id and l.deleted_at is null
             where pi.export_inquiry_item_id = it.id and pi.deleted_at is null and l.msme_id = m.id))) as inquiry_lines,
       (select count(distinct o.item_id)::int from export_inquiry_offer o where o.msme_id = m.id and o.deleted_at is null) as inquiry_offers
     from ${T.msme} m where m.id = any(?)`,
    [msmeIds],
  )
  return new Map(
    (result.rows as (ReadinessFacts & { id: string })[]).map(({ id, ...facts }) => [
      id,
      { ...facts, permits: [...(facts.permits ?? [])] },
    ]),
  )
}

/** MSMEs that share the same readiness facts, and how many they are: what a distribution is scored from. */
export type ReadinessGroup = { facts: ReadinessFacts; msmes: number }

/**
 * The readiness facts of every MSME in `where` (a condition on `m` with named bindings), grouped:
 * one pass over the registry's report index, each MSME's verified permit types as bits from one
 * aggregate, the few MSMEs with graded products or export inquiries joined from small aggregates. 200,000 MSMEs come
 * back as a few hundred groups for the rules in modules/msme/export-readiness.ts to score.
 */
export async function readinessGroups(
  knex: Knex,
  where: string,
  bindings: Record<string, unknown>,
  at = ":at",
): Promise<ReadinessGroup[]> {
  // each MSME's verified permit types as bits (PERMIT_TYPES order), aggregated once and hash-joined
  const permitBits = `case p.type ${PERMIT_TYPES.map((type, i) => `when '${type}' then ${1 << i}`).join(" ")} else 0 end`
  const live = `from ${T.msmeProduct} l join ${T.product} pr on pr.id = l.product_id and pr.deleted_at is null and pr.status = 'published'`
  const result = await knex.raw(
    `with permits as (
       select p.msme_id, bit_or(${permitBits}) as bits from ${T.permit} p
        where p.status = 'verified' and p.deleted_at is null and (p.expires_at is null or p.expires_at > ${at}) group by 1),
     complete as (
       select distinct l.msme_id ${live}
         join ${T.productProfile} pp on pp.product_id = pr.id and pp.deleted_at is null
         join ${T.profile} f on f.id = pp.msme_product_profile_id and f.deleted_at is null
        where l.deleted_at is null and f.export_ready and f.hs_code is not null and f.moq is not null
          and f.capacity_per_month is not null and f.packed_length_cm is not null),
     graded as (
       select l.msme_id, min(c.grade) as best_grade ${live}
         join ${T.productCuration} pc on pc.product_id = pr.id and pc.deleted_at is null
         join ${T.curation} c on c.id = pc.product_curation_id and c.deleted_at is null
        where l.deleted_at is null and c.grade is not null group by 1),
     asked as (
       select msme_id, count(distinct item_id)::int as lines from (
         select it.id as item_id, it.assigned_msme_id as msme_id from export_inquiry_item it
          where it.deleted_at is null and it.assigned_msme_id is not null
         union
         select it.id, l.msme_id from export_inquiry_item it
           join product_product_exportinquiry_export_inquiry_item pi on pi.export_inquiry_item_id = it.id and pi.deleted_at is null
           join ${T.msmeProduct} l on l.product_id = pi.product_id and l.deleted_at is null
          where it.deleted_at is null) x group by 1),
     offered as (
       select o.msme_id, count(distinct o.item_id)::int as offers from export_inquiry_offer o where o.deleted_at is null group by 1)
     select m.sector, m.craft, coalesce(pm.bits, 0) as permits,
            (m.id in (select msme_id from complete)) as complete, g.best_grade,
            coalesce(a.lines, 0) as inquiry_lines, coalesce(o.offers, 0) as inquiry_offers, count(*)::int as msmes
       from ${T.msme} m
       left join permits pm on pm.msme_id = m.id
       left join graded g on g.msme_id = m.id left join asked a on a.msme_id = m.id left join offered o on o.msme_id = m.id
      where ${where}
      group by 1, 2, 3, 4, 5, 6, 7`,
    bindings,
  )
  return (
    result.rows as {
      sector: string
      craft: string | null
      permits: number
      complete: boolean
      best_grade: string | null
      inquiry_lines: number
      inquiry_offers: number
      msmes: number
    }[]
  ).map((r) => ({
    msmes: r.msmes,
    facts: {
      sector: r.sector,
      craft: r.craft ?? "",
      permits: PERMIT_TYPES.filter((_, i) => r.permits & (1 << i)),
      // a group knows only whether a live product has complete export data (the rules read no more)
      live_products: r.complete ? 1 : 0,
      export_complete: r.complete ? 1 : 0,
      best_grade: r.best_grade,
      inquiry_lines: r.inquiry_lines,
      inquiry_offers: r.inquiry_offers,
    },
  }))
}
