import {
  type Catalog,
  CatalogError,
  type CatalogProblem,
  loadCatalog,
  type Msme,
  type Permit,
  type Product,
} from "@galeri/content"
import { CURATION_STATUSES, type CurationStatus } from "../../modules/curation/transitions"
import {
  checkPermitNumber,
  PERMIT_STATUSES,
  PERMIT_TYPES,
  type PermitStatus,
  type PermitType,
} from "../../modules/msme/permits"
import { KECAMATAN, type Kecamatan } from "../../modules/msme/places"
import { ExportProfileBody } from "../../types/msme/http"

/**
 * The demo catalog as the seed uses it: content/'s shape-checked data, checked once more against
 * the commerce modules' own rules (permit types, statuses and number formats, the regency's
 * kecamatan, curation statuses, the export profile sellers fill in). content/ keeps data and its
 * shape; the rules live in their modules and are read here, never restated.
 */
export type DemoPermit = Omit<Permit, "type" | "status"> & { type: PermitType; status: PermitStatus }
export type DemoMsme = Omit<Msme, "kecamatan" | "permits"> & { kecamatan: Kecamatan; permits: DemoPermit[] }
export type DemoProduct = Omit<Product, "curation" | "export"> & {
  curation: CurationStatus
  export?: ExportProfileBody
}
export type DemoCatalog = { categories: Catalog["categories"]; msmes: DemoMsme[]; products: DemoProduct[] }

const oneOf =
  <T extends string>(list: readonly T[]) =>
  (value: string): value is T =>
    (list as readonly string[]).includes(value)
const isPermitType = oneOf(PERMIT_TYPES)
const isPermitStatus = oneOf(PERMIT_STATUSES)
const isKecamatan = oneOf(KECAMATAN)
const isCurationStatus = oneOf(CURATION_STATUSES)

/** Checks a shape-valid catalog against the modules' rules: every problem, located, or the typed catalog. */
export function checkDemoCatalog(catalog: Catalog): DemoCatalog {
  const problems: CatalogProblem[] = []
  const seenPermits = new Map<string, string>()

  const msmes = catalog.msmes.map((msme): DemoMsme => {
    if (!isKecamatan(msme.kecamatan)) {
      problems.push({
        file: "msmes.json",
        where: `${msme.handle}.kecamatan`,
        message: `"${msme.kecamatan}" is not a kecamatan of Kabupaten Cirebon`,
      })
    }
    const permits = msme.permits.map((permit, i): DemoPermit => {
      const where = `${msme.handle}.permits.${i}`
      if (!isPermitType(permit.type)) {
        problems.push({
          file: "msmes.json",
          where: `${where}.type`,
          message: `permit type "${permit.type}" is not one of: ${PERMIT_TYPES.join(", ")}`,
        })
        return permit as DemoPermit
      }
      if (!isPermitStatus(permit.status)) {
        problems.push({
          file: "msmes.json",
          where: `${where}.status`,
          message: `permit status "${permit.status}" is not one of: ${PERMIT_STATUSES.join(", ")}`,
        })
      }
      const check = checkPermitNumber(permit.type, permit.number)
      if (!check.ok) {
        problems.push({ file: "msmes.json", where: `${where}.number`, message: check.message })
        return permit as DemoPermit
      }
      const key = `${permit.type}:${check.number}`
      const holder = seenPermits.get(key)
      if (holder) {
        problems.push({
          file: "msmes.json",
          where: `${where}.number`,
          message: `permit ${key} is used twice (also by ${holder})`,
        })
      }
      seenPermits.set(key, msme.handle)
      return { ...permit, type: permit.type, status: permit.status as PermitStatus }
    })
    return { ...msme, kecamatan: msme.kecamatan as Kecamatan, permits }
  })

  const sectorOf = new Map(catalog.categories.map((c) => [c.handle, c.sector]))
  const products = catalog.products.map((product): DemoProduct => {
    const { export: exportData, ...rest } = product
    if (!isCurationStatus(product.curation)) {
      problems.push({
        file: "products.json",
        where: `${product.handle}.curation`,
        message: `curation "${product.curation}" is not one of: ${CURATION_STATUSES.join(", ")}`,
      })
    } else if (product.featured && product.curation !== "approved") {
      problems.push({
        file: "products.json",
        where: `${product.handle}.featured`,
        message: "only approved products can be featured",
      })
    }
    if (exportData === undefined) return { ...rest, curation: product.curation as CurationStatus }
    const parsed = ExportProfileBody.safeParse(exportData)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({
          file: "products.json",
          where: `${product.handle}.export${issue.path.length ? `.${issue.path.join(".")}` : ""}`,
          message: issue.message,
        })
      }
      return { ...rest, curation: product.curation as CurationStatus }
    }
    if (sectorOf.get(product.category) === "culinary" && parsed.data.shelf_life_months === undefined) {
      problems.push({
        file: "products.json",
        where: `${product.handle}.export`,
        message: "export food needs shelf_life_months",
      })
    }
    return { ...rest, curation: product.curation as CurationStatus, export: parsed.data }
  })

  if (problems.length) throw new CatalogError(problems)
  return { categories: catalog.categories, msmes, products }
}

/** Reads the demo catalog shipped in content/data and checks it against the modules' rules. */
export function loadDemoCatalog(dir?: string): DemoCatalog {
  return checkDemoCatalog(loadCatalog(dir))
}
