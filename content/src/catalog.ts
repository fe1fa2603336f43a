import { readFileSync } from "node:fs"
import { join } from "node:path"
import { z } from "zod"

/** Indicative demo exchange rates (IDR per unit), dated: never presented as live rates. */
export const DEMO_RATES = { date: "2026-11-01", usd: 16_500, sgd: 12_700, myr: 3_700 } as const

export const CURRENCIES = ["idr", "usd", "sgd", "myr"] as const
export type Currency = (typeof CURRENCIES)[number]

const text = (max: number) => z.string().trim().min(1).max(max)
export const bilingual = (max: number) => z.object({ id: text(max), en: text(max) }).strict()
const handle = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a handle is lowercase words joined by dashes (e.g. kursi-rotan-teras)")
  .max(120)
const isoDate = z.iso.date()

export const CategorySchema = z
  .object({
    handle,
    sector: z.enum(["craft", "culinary"]),
    name: bilingual(80),
    description: bilingual(400),
  })
  .strict()
export type Category = z.infer<typeof CategorySchema>

/**
 * A permit as the demo data writes it. Which types and statuses exist and what a valid number looks
 * like are the msme module's rules (commerce/src/modules/msme/permits.ts): the seed checks them
 * (commerce/src/lib/seed/demo-catalog.ts) before anything is written.
 */
export const PermitSchema = z
  .object({
    type: text(20),
    number: text(60),
    issued_at: isoDate,
    expires_at: isoDate.optional(),
    status: text(20),
  })
  .strict()
  .superRefine((permit, ctx) => {
    if (permit.expires_at && permit.expires_at <= permit.issued_at) {
      ctx.addIssue({ code: "custom", path: ["expires_at"], message: "a permit expires after it is issued" })
    }
  })
export type Permit = z.infer<typeof PermitSchema>

export const MsmeSchema = z
  .object({
    handle,
    name: text(120),
    owner_name: text(120),
    sector: z.enum(["craft", "culinary"]),
    craft: handle,
    /** one of the regency's kecamatan (the msme module's list; checked by the seed) */
    kecamatan: text(80),
    desa: text(80),
    address: text(240),
    story: bilingual(2000),
    whatsapp: z.string().regex(/^\+62\d{8,13}$/, "WhatsApp numbers are written +62 followed by 8 to 13 digits"),
    established_year: z.number().int().min(1900).max(2026),
    employees: z.number().int().min(1).max(500),
    status: z.enum(["pending", "active", "suspended"]),
    permits: z.array(PermitSchema).max(20),
  })
  .strict()
  .superRefine((msme, ctx) => {
    const types = msme.permits.map((p) => p.type)
    const dup = types.find((t, i) => types.indexOf(t) !== i)
    if (dup) ctx.addIssue({ code: "custom", path: ["permits"], message: `permit type ${dup} is listed twice` })
  })
export type Msme = z.infer<typeof MsmeSchema>

const money = z.number().positive().finite()
export const PricesSchema = z
  .object({ idr: z.number().int().min(1000).max(100_000_000), usd: money, sgd: money, myr: money })
  .strict()
  .superRefine((prices, ctx) => {
    // Foreign prices must stay within 25% of the IDR price at the dated demo rates.
    for (const currency of ["usd", "sgd", "myr"] as const) {
      const implied = prices.idr / DEMO_RATES[currency]
      const ratio = prices[currency] / implied
      if (ratio < 0.75 || ratio > 1.25) {
        ctx.addIssue({
          code: "custom",
          path: [currency],
          message: `${currency.toUpperCase()} ${prices[currency]} is far from Rp ${prices.idr} at the demo rate of ${DEMO_RATES.date} (expected about ${implied.toFixed(2)})`,
        })
      }
    }
  })
export type Prices = z.infer<typeof PricesSchema>

/**
 * A product's export data, an object whose fields are the export profile of the commerce app
 * (commerce/src/types/msme/http.ts ExportProfileBody, the one schema sellers, staff and the seed use).
 */
export const ExportDataSchema = z.record(z.string(), z.unknown())
export type ExportData = z.infer<typeof ExportDataSchema>

export const VariantSchema = z
  .object({
    sku: z.string().regex(/^[A-Z0-9-]{3,40}$/, "SKUs are 3 to 40 capital letters, digits and dashes"),
    title: bilingual(80),
    option: text(40),
    prices: PricesSchema,
    stock: z.number().int().min(0).max(100_000),
  })
  .strict()

export const ProductSchema = z
  .object({
    handle,
    msme: handle,
    category: handle,
    title: bilingual(160),
    description: bilingual(2000),
    material: bilingual(120),
    weight_g: z.number().int().positive().max(200_000),
    /** where the demo product stands in curation (the curation module's statuses; checked by the seed) */
    curation: text(40),
    featured: z.boolean(),
    options: z
      .object({ title: bilingual(40), values: z.array(text(40)).min(1) })
      .strict()
      .optional(),
    variants: z.array(VariantSchema).min(1).max(50),
    export: ExportDataSchema.optional(),
  })
  .strict()
  .superRefine((product, ctx) => {
    if (product.variants.length > 1 && !product.options) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "a product with several variants names its option" })
    }
    if (product.options) {
      const values = new Set(product.options.values)
      product.variants.forEach((variant, i) => {
        if (!values.has(variant.option)) {
          ctx.addIssue({
            code: "custom",
            path: ["variants", i, "option"],
            message: `"${variant.option}" is not one of the option's values`,
          })
        }
      })
    }
  })
export type Product = z.infer<typeof ProductSchema>

export type Catalog = { categories: Category[]; msmes: Msme[]; products: Product[] }

/** One problem in a catalog, located so that a person can find and fix it. */
export type CatalogProblem = { file: string; where: string; message: string }

export class CatalogError extends Error {
  constructor(readonly problems: CatalogProblem[]) {
    super(
      `The demo catalog has ${problems.length} problem(s):\n${problems
        .slice(0, 50)
        .map((p) => `  ${p.file} ${p.where}: ${p.message}`)
        .join("\n")}`,
    )
    this.name = "CatalogError"
  }
}

function collect<T>(file: string, schema: z.ZodType<T>, raw: unknown, key: (item: unknown, i: number) => string) {
  const problems: CatalogProblem[] = []
  const items: T[] = []
  if (!Array.isArray(raw)) return { items, problems: [{ file, where: "(root)", message: "expected a list" }] }
  raw.forEach((item, i) => {
    const parsed = schema.safeParse(item)
    if (parsed.success) items.push(parsed.data)
    else
      for (const issue of parsed.error.issues)
        problems.push({
          file,
          where: `${key(item, i)}${issue.path.length ? `.${issue.path.join(".")}` : ""}`,
          message: issue.message,
        })
  })
  return { items, problems }
}

const keyOf = (item: unknown, i: number) =>
  typeof item === "object" && item && "handle" in item && typeof item.handle === "string" ? item.handle : `#${i}`

/**
 * Validates a whole catalog's shape, including references between its files, and returns every
 * problem, not only the first. The domain's rules (permits, kecamatan, curation, export profile)
 * are the commerce modules' and are checked by the seed on top of this.
 */
export function validateCatalog(raw: { categories: unknown; msmes: unknown; products: unknown }): Catalog {
  const categories = collect("categories.json", CategorySchema, raw.categories, keyOf)
  const msmes = collect("msmes.json", MsmeSchema, raw.msmes, keyOf)
  const products = collect("products.json", ProductSchema, raw.products, keyOf)
  const problems = [...categories.problems, ...msmes.problems, ...products.problems]

  const unique = (file: string, values: string[], what: string) => {
    const seen = new Set<string>()
    for (const value of values) {
      if (seen.has(value)) problems.push({ file, where: value, message: `${what} ${value} is used twice` })
      seen.add(value)
    }
  }
  unique(
    "categories.json",
    categories.items.map((c) => c.handle),
    "handle",
  )
  unique(
    "msmes.json",
    msmes.items.map((m) => m.handle),
    "handle",
  )
  unique(
    "products.json",
    products.items.map((p) => p.handle),
    "handle",
  )
  unique(
    "products.json",
    products.items.flatMap((p) => p.variants.map((v) => v.sku)),
    "SKU",
  )

  const categoryByHandle = new Map(categories.items.map((c) => [c.handle, c]))
  const msmeByHandle = new Map(msmes.items.map((m) => [m.handle, m]))
  for (const product of products.items) {
    const category = categoryByHandle.get(product.category)
    const msme = msmeByHandle.get(product.msme)
    if (!category)
      problems.push({
        file: "products.json",
        where: `${product.handle}.category`,
        message: `no category ${product.category}`,
      })
    if (!msme)
      problems.push({ file: "products.json", where: `${product.handle}.msme`, message: `no MSME ${product.msme}` })
    if (category && msme && category.sector !== msme.sector) {
      problems.push({
        file: "products.json",
        where: `${product.handle}.category`,
        message: `a ${msme.sector} MSME cannot list in the ${category.sector} category ${category.handle}`,
      })
    }
  }

  if (problems.length) throw new CatalogError(problems)
  return { categories: categories.items, msmes: msmes.items, products: products.items }
}

export const CATALOG_DIR = join(__dirname, "..", "data")

/** Reads and validates the demo catalog shipped in content/data. */
export function loadCatalog(dir: string = CATALOG_DIR): Catalog {
  const read = (name: string) => JSON.parse(readFileSync(join(dir, name), "utf8")) as unknown
  return validateCatalog({
    categories: read("categories.json"),
    msmes: read("msmes.json"),
    products: read("products.json"),
  })
}
