import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { ReadinessFacts } from "../msme/export-readiness"
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
