import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SHEET_TYPES, writeSheet } from "../../../../../lib/spreadsheet"
import { formatValue, INDICATOR_LABELS, writeReport } from "../../../../../modules/office/report"
import type { DashboardExportQuery } from "../../../../../types/office/http"
import { readDashboard } from "../../helpers"

/**
 * The dashboard as a spreadsheet (XLSX: indicators, then the months) or as the printable monthly
 * report for the head of office (PDF, A4), in the staff member's language.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, DashboardExportQuery>, res: MedusaResponse) {
  const { format, lang, month, ...filters } = req.validatedQuery as DashboardExportQuery
  const data = await readDashboard(req.scope, filters)
  const scope = [filters.kecamatan, filters.sector].filter(Boolean).join(", ")
  const stem = `sasaran-${filters.year}${month ? `-${String(month).padStart(2, "0")}` : ""}`
  res.setHeader("Cache-Control", "no-store")
  if (format === "pdf") {
    res.setHeader("Content-Type", "application/pdf")
    res.setHeader("Content-Disposition", `attachment; filename="${stem}.pdf"`)
    const months = data.series.months.filter((m) => !month || Number(m.month.slice(5)) <= month)
    await writeReport(res, {
      lang,
      title: lang === "id" ? `Laporan Sasaran ${filters.year}` : `Targets report ${filters.year}`,
      subtitle: `Galeri Caruban · Dinas Koperasi dan UKM Kabupaten Cirebon${scope ? ` · ${scope}` : ""} · ${
        month ? months.at(-1)?.month : lang === "id" ? "tahun berjalan" : "year to date"
      } · ${new Date().toISOString().slice(0, 10)}`,
      lines: data.indicators,
      months,
      note:
        lang === "id"
          ? `Nilai dalam mata uang asing dihitung dengan kurs indikatif ${data.rates.date} (bukan kurs berjalan).`
          : `Amounts in other currencies at the indicative rates of ${data.rates.date} (not live rates).`,
    })
    return
  }
  res.setHeader("Content-Type", SHEET_TYPES.xlsx)
  res.setHeader("Content-Disposition", `attachment; filename="${stem}.xlsx"`)
  type Row = {
    a: string
    b: string | number | null
    c: string | number | null
    d: string | number | null
    e?: string | number | null
  }
  const heading = (a: string, b: string, c: string, d: string, e?: string): Row => ({ a, b, c, d, e })
  const rows: Row[] = [
    heading(
      lang === "id" ? "Indikator" : "Indicator",
      lang === "id" ? "Capaian" : "Value",
      lang === "id" ? "Sasaran" : "Target",
      "%",
    ),
    ...data.indicators.map((i) => ({
      a: INDICATOR_LABELS[i.key][lang],
      b: i.value,
      c: i.target,
      d: i.progress,
      e: formatValue(i.value, i.unit, lang),
    })),
    { a: "", b: null, c: null, d: null },
    heading(
      lang === "id" ? "Bulan" : "Month",
      lang === "id" ? "UMKM baru" : "New MSMEs",
      lang === "id" ? "Penjual baru" : "New sellers",
      lang === "id" ? "Omzet binaan (Rp)" : "Facilitated turnover (Rp)",
      lang === "id" ? "Tahun lalu (Rp)" : "A year before (Rp)",
    ),
    ...data.series.months.map((m) => ({
      a: m.month,
      b: m.new_msmes,
      c: m.new_sellers,
      d: m.turnover,
      e: m.turnover_previous,
    })),
  ]
  await writeSheet(
    res,
    "xlsx",
    lang === "id" ? `Sasaran ${filters.year}` : `Targets ${filters.year}`,
    [
      { header: `Galeri Caruban ${filters.year}${scope ? ` (${scope})` : ""}`, width: 48, value: (r: Row) => r.a },
      { header: "", width: 16, value: (r: Row) => r.b },
      { header: "", width: 16, value: (r: Row) => r.c },
      { header: "", width: 16, value: (r: Row) => r.d },
      { header: "", width: 22, value: (r: Row) => r.e ?? null },
    ],
    (async function* () {
      yield rows
    })(),
  )
}
