// The office's registry sheet at scale, for `./gallery bench office`:
//   node bench/registry-sheet.mjs write <file.xlsx> <rows>   a generated sheet (the office's headers, valid rows)
//   node bench/registry-sheet.mjs read <file.xlsx>           the baseline: only reading it (exceljs streaming), timed
import ExcelJS from "exceljs"

const KECAMATAN = [
  "Sumber",
  "Plered",
  "Weru",
  "Plumbon",
  "Depok",
  "Tengah Tani",
  "Kedawung",
  "Klangenan",
  "Gegesik",
  "Arjawinangun",
  "Palimanan",
  "Gunungjati",
  "Mundu",
  "Gebang",
  "Losari",
  "Babakan",
  "Lemahabang",
  "Astanajapura",
  "Talun",
  "Jamblang",
]
const KINDS = [
  ["kerajinan", "batik tulis"],
  ["kerajinan", "anyaman rotan"],
  ["kuliner", "kerupuk"],
  ["kuliner", "terasi"],
  ["kerajinan", "topeng"],
  ["kuliner", "sirup"],
  ["kerajinan", "bordir"],
  ["kuliner", "emping melinjo"],
]
const FIRST = ["Siti", "Ahmad", "Dewi", "Budi", "Rina", "Joko", "Wati", "Agus", "Yuli", "Dedi", "Nur", "Eka"]
const [mode, file, size] = process.argv.slice(2)

if (mode === "write") {
  const rows = Number(size ?? 50000)
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file })
  const sheet = workbook.addWorksheet("Data UMKM")
  sheet
    .addRow([
      "Nama Usaha",
      "Nama Pemilik",
      "NIB",
      "Alamat",
      "Desa",
      "Kecamatan",
      "Sektor",
      "Jenis Usaha",
      "No. HP/WA",
      "Tenaga Kerja",
    ])
    .commit()
  for (let i = 0; i < rows; i++) {
    const [sector, craft] = KINDS[i % KINDS.length]
    const kecamatan = KECAMATAN[i % KECAMATAN.length]
    sheet
      .addRow([
        `${craft.replace(/\b\w/g, (c) => c.toUpperCase())} ${FIRST[i % FIRST.length]} ${i}`,
        `${FIRST[(i * 7) % FIRST.length]} ${FIRST[(i * 5 + 3) % FIRST.length]}wati`,
        i % 3 === 0 ? "" : `9${String(120000000000 + i).padStart(12, "0")}`,
        `Blok ${i % 40} RT ${i % 9}`,
        `Desa ${kecamatan} ${i % 25}`,
        kecamatan,
        sector,
        craft,
        `08${String(1200000000 + i)}`,
        1 + (i % 30),
      ])
      .commit()
  }
  sheet.commit()
  await workbook.commit()
  console.log(JSON.stringify({ rows }))
} else if (mode === "read") {
  const started = performance.now()
  let rows = 0
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "ignore",
    hyperlinks: "ignore",
  })
  for await (const ws of reader) {
    for await (const _row of ws) rows++
    break
  }
  console.log(
    JSON.stringify({
      rows,
      seconds: (performance.now() - started) / 1000,
      peak_mb: process.resourceUsage().maxRSS / 1024,
    }),
  )
} else {
  console.error("usage: registry-sheet.mjs write <file.xlsx> <rows> | read <file.xlsx>")
  process.exit(2)
}
