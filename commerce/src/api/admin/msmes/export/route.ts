import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SHEET_TYPES, type SheetColumn, sheetFilename, writeSheet } from "../../../../lib/spreadsheet"
import { type RegistryRow, registryRows } from "../../../../modules/office/registry"
import type { ExportRegistryQuery } from "../validators"

type Lang = "id" | "en"
const H: Record<string, Record<Lang, string>> = {
  name: { id: "Nama usaha", en: "Business name" },
  owner: { id: "Nama pemilik", en: "Owner" },
  nib: { id: "NIB", en: "NIB" },
  sector: { id: "Sektor", en: "Sector" },
  craft: { id: "Jenis usaha", en: "Craft" },
  kecamatan: { id: "Kecamatan", en: "Kecamatan" },
  desa: { id: "Desa", en: "Desa (village)" },
  status: { id: "Status", en: "Status" },
  whatsapp: { id: "No. HP/WA", en: "Phone / WhatsApp" },
  verified: { id: "Izin terverifikasi", en: "Verified permits" },
  pending: { id: "Izin menunggu verifikasi", en: "Permits awaiting verification" },
  sellers: { id: "Akun penjual", en: "Seller accounts" },
  staffAssisted: { id: "Dibantu petugas", en: "Staff-assisted" },
  live: { id: "Produk tayang", en: "Products live" },
  products: { id: "Semua produk", en: "All products" },
  exportReady: { id: "Siap ekspor", en: "Export-ready" },
  source: { id: "Sumber data", en: "Source" },
  readiness: { id: "Kesiapan ekspor SG/MY/TT", en: "Export readiness SG/MY/ME" },
  created: { id: "Terdaftar", en: "Registered" },
}
const YES: Record<Lang, [string, string]> = { id: ["ya", "tidak"], en: ["yes", "no"] }

function columns(lang: Lang): SheetColumn<RegistryRow>[] {
  const h = (key: string) => H[key]![lang]
  return [
    { header: h("name"), width: 32, value: (r) => r.name },
    { header: h("owner"), width: 24, value: (r) => r.owner_name },
    { header: h("nib"), width: 16, value: (r) => r.nib },
    { header: h("sector"), width: 10, value: (r) => r.sector },
    { header: h("craft"), value: (r) => r.craft },
    { header: h("kecamatan"), value: (r) => r.kecamatan },
    { header: h("desa"), value: (r) => r.desa },
    { header: h("status"), width: 11, value: (r) => r.status },
    { header: h("whatsapp"), value: (r) => r.whatsapp },
    { header: h("verified"), width: 22, value: (r) => r.verified.join(", ") },
    { header: h("pending"), width: 22, value: (r) => r.pending.join(", ") },
    { header: h("sellers"), width: 10, value: (r) => r.sellers },
    { header: h("staffAssisted"), width: 10, value: (r) => r.staff_assisted },
    { header: h("live"), width: 10, value: (r) => r.products_live },
    { header: h("products"), width: 10, value: (r) => r.products },
    { header: h("exportReady"), width: 10, value: (r) => YES[lang][r.export_ready ? 0 : 1] },
    { header: h("source"), width: 10, value: (r) => r.source },
    { header: h("readiness"), width: 14, value: (r) => `${r.readiness.sg}/${r.readiness.my}/${r.readiness.me}` },
    { header: h("created"), width: 12, value: (r) => r.created_at.slice(0, 10) },
  ]
}

/** The registry as the current filter shows it, as XLSX or CSV, streamed (headers in the staff member's language). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ExportRegistryQuery>, res: MedusaResponse) {
  const { format, lang, sort, ...filters } = req.validatedQuery as ExportRegistryQuery
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  res.setHeader("Content-Type", SHEET_TYPES[format])
  res.setHeader("Content-Disposition", `attachment; filename="${sheetFilename("registri-umkm", format)}"`)
  res.setHeader("Cache-Control", "no-store")
  await writeSheet(res, format, lang === "en" ? "MSMEs" : "UMKM", columns(lang), registryRows(knex, filters, sort))
}
