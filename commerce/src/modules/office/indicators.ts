import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { FEATURED_COLLECTIONS } from "../curation/featured"
import { type ReadinessDistribution, readinessDistribution } from "../msme/export-readiness"
import { readinessGroups } from "./readiness-facts"
import { REPORT_RATES, rateSql } from "./sales"
import { T } from "./tables"

/**
 * The office's targets ("Sasaran"), read live from the gallery's data: every figure one SQL
 * statement over Medusa's database, for a year and optionally one kecamatan and one sector.
 * Definitions (what counts) live here and in the README; integration tests compare each with a
 * direct count.
 */
export const INDICATORS = [
  "msmes_registered",
  "msmes_online",
  "msmes_active",
  "share_nib",
  "share_halal",
  "share_pirt",
  "share_bpom",
  "new_msmes",
  "new_sellers",
  "products_digitalised",
  "products_flagship",
  "turnover_facilitated",
  "export_inquiries",
  "export_quotes",
  "export_accepted_value",
  "export_conversion",
  "curation_median_days",
  "permit_median_days",
] as const
export type Indicator = (typeof INDICATORS)[number]

/** How each indicator is read: a count, a share (percent), money (rupiah), or days (lower is better). */
export const INDICATOR_UNIT: Record<Indicator, "count" | "percent" | "idr" | "days"> = {
  msmes_registered: "count",
  msmes_online: "count",
  msmes_active: "count",
  share_nib: "percent",
  share_halal: "percent",
  share_pirt: "percent",
  share_bpom: "percent",
  new_msmes: "count",
  new_sellers: "count",
  products_digitalised: "count",
  products_flagship: "count",
  turnover_facilitated: "idr",
  export_inquiries: "count",
  export_quotes: "count",
  export_accepted_value: "idr",
  export_conversion: "percent",
  curation_median_days: "days",
  permit_median_days: "days",
}

export type DashboardFilters = { year: number; kecamatan?: string; sector?: string }

/** The MSMEs holding a verified permit of the given types, valid at `at`: one probe of a small index, hashed once per query. */
const VERIFIED = (type: string, at: string) =>
  `m.id in (select p.msme_id from ${T.permit} p where p.type ${type} and p.status = 'verified' and p.deleted_at is null
     and (p.verified_at is null or p.verified_at < ${at}) and (p.expires_at is null or p.expires_at > ${at}))`

/** The MSMEs a filter covers, as a WHERE on `m` (registered by the end of the period). */
function scope(f: DashboardFilters, at = ":end") {
  const parts = ["m.deleted_at is null", `m.created_at < ${at}`]
  if (f.kecamatan) parts.push("m.kecamatan = :kecamatan")
  if (f.sector) parts.push("m.sector = :sector")
  return parts.join(" and ")
}

export type Dashboard = {
  year: number
  period: { start: string; end: string }
  values: Record<Indicator, number | null>
  series: {
    /** per month of the year: new MSMEs, new sellers, turnover of facilitated MSMEs (and the same month a year before) */
    months: { month: string; new_msmes: number; new_sellers: number; turnover: number; turnover_previous: number }[]
    inquiries_by_country: { country: string; inquiries: number; quotes: number; accepted: number }[]
  }
  rates: typeof REPORT_RATES
}

const median = (column: string) => `percentile_cont(0.5) within group (order by ${column})`

/** A year's period, and when its figures "now" are read: the earlier of the year's end and today. */
function periodOf(year: number) {
  const start = new Date(Date.UTC(year, 0, 1))
  const end = new Date(Date.UTC(year + 1, 0, 1))
  return { start, end, at: new Date(Math.min(end.getTime(), Date.now())) }
}

export async function dashboard(knex: Knex, f: DashboardFilters): Promise<Dashboard> {
  const { start, end, at } = periodOf(f.year)
  const b = {
    start,
    end,
    at,
    kecamatan: f.kecamatan ?? null,
    sector: f.sector ?? null,
    previous: new Date(Date.UTC(f.year - 1, 0, 1)),
  }
  const q = async <R>(sql: string) => (await knex.raw(sql, b)).rows as R[]
  const one = async (sql: string) => Number((await q<{ n: string | number | null }>(sql))[0]?.n ?? 0)
  const oneOrNull = async (sql: string) => {
    const v = (await q<{ n: string | number | null }>(sql))[0]?.n
    return v === null || v === undefined ? null : Number(v)
  }
  const M = scope(f, ":at")
  const facilitated = `m.id in (select c.msme_id from ${T.facilitation} c where c.deleted_at is null)`
  const online = `m.id in (select l.msme_id from ${T.msmeSeller} l join ${T.seller} s on s.id = l.seller_id and s.deleted_at is null and s.created_at < :at where l.deleted_at is null)`
  const featured = Object.values(FEATURED_COLLECTIONS)
    .map((c) => `'${c.handle}'`)
    .join(", ")
  const inquiryScope = `i.deleted_at is null and i.created_at >= :start and i.created_at < :end${
    f.kecamatan || f.sector
      ? ` and exists (select 1 from ${T.inquiryMsme} l join ${T.msme} m on m.id = l.msme_id where l.export_inquiry_id = i.id and l.deleted_at is null${f.kecamatan ? " and m.kecamatan = :kecamatan" : ""}${f.sector ? " and m.sector = :sector" : ""})`
      : ""
  }`
  const liveProducts = `from ${T.msme} m
     join ${T.msmeProduct} mp on mp.msme_id = m.id and mp.deleted_at is null
     join ${T.product} p on p.id = mp.product_id and p.deleted_at is null and p.status = 'published'
    where ${M}`
  const food = "m.sector = 'culinary'"

  const [msmes, digitalised, flagship, inquiries, quotes, accepted, curationDays, permitDays] = await Promise.all([
    // every MSME figure in one pass over the registry's report index, each permit type a hashed set
    q<
      Record<"registered" | "online" | "active" | "nib" | "culinary" | "halal" | "pirt" | "bpom" | "new_msmes", string>
    >(
      `select count(*) as registered,
              count(*) filter (where ${online}) as online,
              count(*) filter (where m.status = 'active') as active,
              count(*) filter (where ${VERIFIED("= 'nib'", ":at")}) as nib,
              count(*) filter (where ${food}) as culinary,
              count(*) filter (where ${food} and ${VERIFIED("= 'halal'", ":at")}) as halal,
              count(*) filter (where ${food} and ${VERIFIED("in ('pirt', 'bpom_md')", ":at")}) as pirt,
              count(*) filter (where ${food} and ${VERIFIED("in ('bpom_md', 'bpom_ml')", ":at")}) as bpom,
              count(*) filter (where m.created_at >= :start) as new_msmes
         from ${T.msme} m where ${M}`,
    ).then((rows) => Object.fromEntries(Object.entries(rows[0]!).map(([k, v]) => [k, Number(v)]))),
    one(
      `select count(*) as n ${liveProducts}
         and exists (select 1 from image im where im.product_id = p.id and im.deleted_at is null)
         and exists (select 1 from translation t where t.reference_id = p.id and t.reference = 'product' and t.locale_code like 'en%' and t.deleted_at is null)`,
    ),
    one(
      `select count(*) as n ${liveProducts} and p.collection_id in (select id from ${T.productCollection} where handle in (${featured}) and deleted_at is null)`,
    ),
    one(`select count(*) as n from ${T.inquiry} i where ${inquiryScope}`),
    one(
      `select count(distinct q.inquiry_id) as n from ${T.inquiryQuote} q join ${T.inquiry} i on i.id = q.inquiry_id where ${inquiryScope} and q.deleted_at is null and q.status <> 'draft'`,
    ),
    one(
      `select coalesce(sum(q.total * ${rateSql("q.currency")}), 0) as n
         from ${T.inquiryQuote} q join ${T.inquiry} i on i.id = q.inquiry_id where ${inquiryScope} and q.deleted_at is null and q.status = 'accepted'`,
    ),
    oneOrNull(
      `select ${median("extract(epoch from (c.decided_at - c.submitted_at)) / 86400")} as n
         from ${T.curation} c join ${T.productCuration} pc on pc.product_curation_id = c.id and pc.deleted_at is null
         join ${T.msmeProduct} mp on mp.product_id = pc.product_id and mp.deleted_at is null join ${T.msme} m on m.id = mp.msme_id
        where ${M.replaceAll(":at", ":end")} and c.deleted_at is null and c.submitted_at is not null and c.decided_at >= :start and c.decided_at < :end and c.decided_at >= c.submitted_at`,
    ),
    oneOrNull(
      `select ${median("extract(epoch from (p.verified_at - p.created_at)) / 86400")} filter (where p.verified_at >= p.created_at) as n
         from ${T.permit} p join ${T.msme} m on m.id = p.msme_id
        where ${M.replaceAll(":at", ":end")} and p.deleted_at is null and p.verified_at is not null and p.status in ('verified', 'rejected') and p.verified_at >= :start and p.verified_at < :end`,
    ),
  ])
  const share = (n: number, of: number) => (of ? Math.round((1000 * n) / of) / 10 : null)
  // the months: one grouped pass per series; turnover from the MSME ledger (modules/ledger),
  // the year and the year before in one pass, the year's total the sum of its months
  const byMonth = (rows: { month: string; n: string }[]) => new Map(rows.map((r) => [r.month, Number(r.n)]))
  const [newByMonth, sellersByMonth, turnoverByMonth, newSellers] = await Promise.all([
    q<{ month: string; n: string }>(
      `select to_char(date_trunc('month', m.created_at), 'YYYY-MM') as month, count(*) as n
         from ${T.msme} m where ${scope(f, ":end")} and m.created_at >= :start group by 1`,
    ).then(byMonth),
    q<{ month: string; n: string }>(
      `select to_char(date_trunc('month', s.created_at), 'YYYY-MM') as month, count(*) as n
         from ${T.seller} s join ${T.msmeSeller} l on l.seller_id = s.id and l.deleted_at is null join ${T.msme} m on m.id = l.msme_id
        where ${scope(f, ":end")} and s.deleted_at is null and s.created_at >= :start and s.created_at < :end group by 1`,
    ).then(byMonth),
    // turnover is what buyers paid for the MSMEs' goods, net of refunds: the ledger's sale and refund
    // entries (whole rupiah, booked when a payment is captured or refunded), by the ledger's WIB month
    q<{ month: string; n: string }>(
      `select e.month as month, sum(e.amount) as n
         from ${T.ledger} e
        where e.kind in ('sale', 'refund') and e.deleted_at is null
          and e.occurred_at >= :previous and e.occurred_at < :end
          and e.msme_id in (select m.id from ${T.msme} m where ${scope(f, ":end")} and ${facilitated}) group by 1`,
    ).then(byMonth),
    one(
      `select count(*) as n from ${T.seller} s join ${T.msmeSeller} l on l.seller_id = s.id and l.deleted_at is null join ${T.msme} m on m.id = l.msme_id where ${M} and s.deleted_at is null and s.created_at >= :start and s.created_at < :at`,
    ),
  ])
  const monthly = Array.from({ length: 12 }, (_, i) => {
    const month = `${f.year}-${String(i + 1).padStart(2, "0")}`
    const previous = `${f.year - 1}-${String(i + 1).padStart(2, "0")}`
    return {
      month,
      new_msmes: newByMonth.get(month) ?? 0,
      new_sellers: sellersByMonth.get(month) ?? 0,
      turnover: turnoverByMonth.get(month) ?? 0,
      turnover_previous: turnoverByMonth.get(previous) ?? 0,
    }
  })
  const turnover = monthly.reduce((sum, m) => sum + m.turnover, 0)
  const countries = await q<{ country: string; inquiries: string; quotes: string; accepted: string }>(
    `select i.buyer_country as country, count(*) as inquiries,
            count(*) filter (where exists (select 1 from ${T.inquiryQuote} q where q.inquiry_id = i.id and q.deleted_at is null and q.status <> 'draft')) as quotes,
            count(*) filter (where i.status = 'accepted') as accepted
       from ${T.inquiry} i where ${inquiryScope} group by 1 order by 2 desc, 1`,
  )
  const registered = msmes.registered!
  const culinaryCount = msmes.culinary!
  const values: Record<Indicator, number | null> = {
    msmes_registered: registered,
    msmes_online: msmes.online!,
    msmes_active: msmes.active!,
    share_nib: share(msmes.nib!, registered),
    share_halal: share(msmes.halal!, culinaryCount),
    share_pirt: share(msmes.pirt!, culinaryCount),
    share_bpom: share(msmes.bpom!, culinaryCount),
    new_msmes: msmes.new_msmes!,
    new_sellers: newSellers,
    products_digitalised: digitalised,
    products_flagship: flagship,
    turnover_facilitated: Math.round(turnover),
    export_inquiries: inquiries,
    export_quotes: quotes,
    export_accepted_value: Math.round(accepted),
    export_conversion: share(
      countries.reduce((sum, c) => sum + Number(c.accepted), 0),
      inquiries,
    ),
    curation_median_days: curationDays === null ? null : Math.round(curationDays * 10) / 10,
    permit_median_days: permitDays === null ? null : Math.round(permitDays * 10) / 10,
  }
  return {
    year: f.year,
    period: { start: start.toISOString(), end: end.toISOString() },
    values,
    series: {
      months: monthly.map((r) => ({
        ...r,
        turnover: Math.round(r.turnover),
        turnover_previous: Math.round(r.turnover_previous),
      })),
      inquiries_by_country: countries.map((c) => ({
        country: c.country,
        inquiries: Number(c.inquiries),
        quotes: Number(c.quotes),
        accepted: Number(c.accepted),
      })),
    },
    rates: REPORT_RATES,
  }
}

/**
 * Export readiness of the MSMEs a filter covers (registered by the period's end, or today), per
 * target market in bands, scored by the rules each MSME's own score uses. A request of its own
 * beside the indicators: it reads every MSME's facts, and its panel need not hold up the cards.
 */
export async function officeReadiness(knex: Knex, f: DashboardFilters): Promise<ReadinessDistribution> {
  const { at } = periodOf(f.year)
  return readinessDistribution(
    await readinessGroups(knex, scope(f, ":at"), { at, kecamatan: f.kecamatan ?? null, sector: f.sector ?? null }),
  )
}
