import { writeFileSync } from "node:fs"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { KECAMATAN } from "../modules/msme/places"
import { dashboard, officeReadiness } from "../modules/office/indicators"
import { registryPage } from "../modules/office/registry"
import { rebuildOrderSales } from "../modules/office/sales"

/**
 * `./gallery bench office` (second part): grows a throwaway database to BENCH_MSMES MSMEs, BENCH_PRODUCTS
 * products and BENCH_LINES order lines by cloning the seeded rows in SQL (a benchmark fixture, not
 * gallery data), then times the targets dashboard against the registry's first page as the baseline
 * in the same run. Writes its figures to BENCH_OUTPUT.
 */
const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback)

async function columns(knex: Knex, table: string): Promise<string[]> {
  const result = await knex.raw(
    "select column_name from information_schema.columns where table_schema = 'public' and table_name = ? order by ordinal_position",
    [table],
  )
  return (result.rows as { column_name: string }[]).map((r) => r.column_name)
}

/** Inserts n copies of a template row, some columns given as SQL over the series number g. */
async function clone(knex: Knex, table: string, templateId: string, n: number, set: Record<string, string>) {
  const cols = await columns(knex, table)
  const list = cols.map((c) => `"${c}"`).join(", ")
  const values = cols.map((c) => set[c] ?? `t."${c}"`).join(", ")
  for (let start = 1; start <= n; start += 50_000) {
    const end = Math.min(n, start + 49_999)
    await knex.raw(
      `insert into "${table}" (${list}) select ${values} from "${table}" t, generate_series(${start}, ${end}) g where t.id = ?`,
      [templateId],
    )
  }
}

const timed = async (runs: number, task: () => Promise<unknown>) => {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await task()
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!
  return { p50: at(0.5), p95: at(0.95), max: times.at(-1)! }
}

export default async function benchOffice({ container }: ExecArgs) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as Knex
  const msmes = env("BENCH_MSMES", 200_000)
  const products = env("BENCH_PRODUCTS", 100_000)
  const lines = env("BENCH_LINES", 500_000)
  const runs = env("BENCH_RUNS", 20)
  const say = (text: string) => process.stderr.write(`${text}\n`)
  const started = performance.now()

  const one = async (sql: string) => ((await knex.raw(sql)).rows[0] ?? {}) as Record<string, string>
  const have = Number((await one("select count(*) as n from msme where deleted_at is null")).n)
  const msmeTemplate = (await one("select id from msme where deleted_at is null order by created_at limit 1")).id!
  const kecamatan = `(array[${KECAMATAN.map((k) => `'${k}'`).join(",")}])[1 + (g % ${KECAMATAN.length})]`
  const add = Math.max(0, msmes - have)
  say(`MSMEs: ${have.toLocaleString("en")} -> ${(have + add).toLocaleString("en")} ...`)
  await clone(knex, "msme", msmeTemplate, add, {
    id: "'msme_b' || g",
    handle: "'bench-' || g",
    name: "'Usaha Bench ' || g",
    kecamatan,
    desa: "'Desa ' || (g % 400)",
    sector: "case when g % 2 = 0 then 'craft' else 'culinary' end",
    status: "case when g % 10 = 0 then 'pending' when g % 25 = 0 then 'suspended' else 'active' end",
    source: "'import'",
    created_at: "now() - (g % 730) * interval '1 day'",
  })
  const permitTemplate = (await one("select id from msme_permit where type = 'nib' and deleted_at is null limit 1")).id!
  say("permits (NIB for 60%, halal for a third of food MSMEs) ...")
  await clone(knex, "msme_permit", permitTemplate, add, {
    id: "'perm_bn' || g",
    msme_id: "'msme_b' || g",
    number: "'8' || lpad(g::text, 12, '0')",
    status: "case when g % 3 = 0 then 'pending' else 'verified' end",
    expires_at: "null",
    verified_at: "now() - (g % 365) * interval '1 day'",
    created_at: "now() - (g % 365 + 20) * interval '1 day'",
    deleted_at: "case when g % 10 >= 6 then now() else null end",
  })
  await clone(knex, "msme_permit", permitTemplate, add, {
    id: "'perm_bh' || g",
    msme_id: "'msme_b' || g",
    type: "'halal'",
    number: "'ID7' || lpad(g::text, 14, '0')",
    status: "'verified'",
    expires_at: "now() + interval '2 years'",
    deleted_at: "case when g % 2 = 1 and g % 3 = 0 then null else now() end",
  })

  const productTemplate = (
    await one("select id from product where status = 'published' and deleted_at is null limit 1")
  ).id!
  const haveProducts = Number((await one("select count(*) as n from product where deleted_at is null")).n)
  const addProducts = Math.max(0, products - haveProducts)
  say(`products: ${haveProducts.toLocaleString("en")} -> ${(haveProducts + addProducts).toLocaleString("en")} ...`)
  await clone(knex, "product", productTemplate, addProducts, {
    id: "'prod_b' || g",
    handle: "'bench-product-' || g",
    title: "'Produk Bench ' || g",
    status: "case when g % 5 = 0 then 'draft' else 'published' end",
    created_at: "now() - (g % 700) * interval '1 day'",
  })
  const linkTemplate = (await one(`select id from msme_msme_product_product where product_id = '${productTemplate}'`))
    .id!
  await clone(knex, "msme_msme_product_product", linkTemplate, addProducts, {
    id: "'mp_b' || g",
    msme_id: `'msme_b' || (1 + (g % ${Math.max(1, add)}))`,
    product_id: "'prod_b' || g",
  })

  // a template order with one line, made by Medusa's order module, cloned into BENCH_LINES lines
  const [region] = await container.resolve(Modules.REGION).listRegions({}, { take: 1 })
  const [order] = await container.resolve(Modules.ORDER).createOrders([
    {
      currency_code: "idr",
      email: "bench@galeri.test",
      region_id: region!.id,
      items: [{ title: "Produk Bench", product_id: "prod_b1", quantity: 2, unit_price: 150_000 }],
    },
  ])
  const item = (await one(`select id, item_id from order_item where order_id = '${order!.id}'`)) as {
    id: string
    item_id: string
  }
  const orders = Math.ceil(lines / 2)
  say(`orders and lines: ${orders.toLocaleString("en")} orders, ${lines.toLocaleString("en")} lines ...`)
  await clone(knex, "order", order!.id, orders, {
    id: "'order_b' || g",
    display_id: "1000000 + g",
    created_at: "now() - (g % 730) * interval '1 day'",
  })
  await clone(knex, "order_line_item", item.item_id, lines, {
    id: "'oli_b' || g",
    product_id: `'prod_b' || (1 + (g % ${Math.max(1, addProducts)}))`,
  })
  await clone(knex, "order_item", item.id, lines, {
    id: "'oi_b' || g",
    order_id: `'order_b' || (1 + (g % ${orders}))`,
    item_id: "'oli_b' || g",
  })
  say("facilitation cases for a fifth of the MSMEs ...")
  await knex.raw(
    `insert into msme_facilitation_case (id, permit_type, status, history, msme_id, created_at, updated_at)
     select 'fcase_b' || g, 'halal', 'identified', '{"entries": []}'::jsonb, 'msme_b' || g, now(), now()
       from generate_series(1, ?) g where g % 5 = 0`,
    [add],
  )
  const loadSeconds = (performance.now() - started) / 1000
  // statistics for the grown tables first (what autoanalyze does in a running database)
  say("ANALYZE ...")
  await knex.raw("analyze")
  // the cloned orders bypassed Medusa's events: the sales read model is rebuilt the way the nightly job does it
  const rebuildStarted = performance.now()
  let shown = 0
  await rebuildOrderSales(knex, {
    onProgress: (done, total) => {
      if (done - shown < 50_000 && done < total) return
      shown = done
      say(`sales read model: ${done.toLocaleString("en")} / ${total.toLocaleString("en")} orders recorded`)
    },
  })
  const rebuildSeconds = (performance.now() - rebuildStarted) / 1000
  // the targets read paid turnover from the MSME ledger: each cloned sale booked as paid, once
  say("ledger entries for the cloned sales ...")
  await knex.raw(
    `insert into ledger_entry (id, msme_id, kind, amount, reference, month, occurred_at, order_id)
     select 'lent_b' || md5(s.order_id || s.msme_id), s.msme_id, 'sale', round(coalesce(s.amount_idr, 0))::int,
            'bench:' || s.order_id || ':' || s.msme_id, to_char(s.ordered_at at time zone 'Asia/Jakarta', 'YYYY-MM'),
            s.ordered_at, s.order_id
       from office_order_sale s
     on conflict do nothing`,
  )
  // what autovacuum does in a running database: statistics, and the visibility map index-only scans need
  say("VACUUM ANALYZE ...")
  await knex.raw("vacuum analyze")

  const year = new Date().getFullYear()
  const counts = await one(
    `select (select count(*) from msme where deleted_at is null) as msmes,
            (select count(*) from product where deleted_at is null) as products,
            (select count(*) from order_item where deleted_at is null) as lines`,
  )
  say(`timing (${runs} runs each) ...`)
  const baseline = await timed(runs, () => registryPage(knex, {}, { sort: "name", limit: 20, offset: 0 }))
  const whole = await timed(runs, () => dashboard(knex, { year }))
  const filtered = await timed(runs, () => dashboard(knex, { year, kecamatan: "Plered", sector: "culinary" }))
  const readiness = await timed(runs, () => officeReadiness(knex, { year }))
  const result = {
    readiness,
    counts,
    load_seconds: loadSeconds,
    rebuild_seconds: rebuildSeconds,
    baseline,
    dashboard: whole,
    dashboard_filtered: filtered,
  }
  if (process.env.BENCH_OUTPUT) writeFileSync(process.env.BENCH_OUTPUT, JSON.stringify(result))
  say(JSON.stringify(result))
}
