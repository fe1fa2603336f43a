import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SHEET_TYPES, writeSheet } from "../../../../lib/spreadsheet"
import { HEADER_ALIASES, IMPORT_FIELDS } from "../../../../modules/msme/import-rules"
import type { TemplateQuery } from "../../../../types/msme/http"

/** An empty registry sheet with the headers the import knows first (Indonesian), and one example row. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, TemplateQuery>, res: MedusaResponse) {
  const { format } = req.validatedQuery as TemplateQuery
  const example: Record<string, string> = {
    name: "Batik Contoh Trusmi",
    owner_name: "Siti Aminah",
    nib: "9120001234567",
    address: "Jl. Trusmi No. 1",
    desa: "Trusmi Kulon",
    kecamatan: "Plered",
    sector: "kerajinan",
    craft: "batik tulis",
    whatsapp: "0812-3456-7890",
    email: "",
    established_year: "2015",
    employees: "6",
  }
  res.setHeader("Content-Type", SHEET_TYPES[format])
  res.setHeader("Content-Disposition", `attachment; filename="templat-registri-umkm.${format}"`)
  await writeSheet(
    res,
    format,
    "UMKM",
    IMPORT_FIELDS.map((field) => ({
      header: HEADER_ALIASES[field][0]!,
      width: 20,
      value: (row: Record<string, string>) => row[field] ?? "",
    })),
    (async function* () {
      yield [example]
    })(),
  )
}
