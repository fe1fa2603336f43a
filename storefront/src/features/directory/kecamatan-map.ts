import { KECAMATAN, type Kecamatan } from "@galeri/commerce/contracts"

/**
 * The 40 kecamatan of Kabupaten Cirebon as a tile map: one hexagon each, placed where it lies
 * (north at the top, the Java Sea along the north and east, Kota Cirebon the gap in the middle of
 * the coast, Central Java past Losari), as a tile cartogram does: every kecamatan the same size,
 * so a small one with many MSMEs is as easy to find and tap as a large one. Positions are
 * approximate (column, row of a grid whose odd rows are shifted half a tile east); drawn by
 * ./KecamatanMap.astro as SVG, no map tiles.
 */
export const TILES: Record<Kecamatan, [col: number, row: number]> = {
  Gegesik: [0, 0],
  Kaliwedi: [1, 0],
  Panguragan: [2, 0],
  Kapetakan: [3, 0],
  Susukan: [0, 1],
  Arjawinangun: [1, 1],
  Klangenan: [2, 1],
  Suranenggala: [3, 1],
  Gunungjati: [4, 1],
  Ciwaringin: [0, 2],
  Gempol: [1, 2],
  Jamblang: [2, 2],
  Weru: [3, 2],
  "Tengah Tani": [4, 2],
  Palimanan: [1, 3],
  Plumbon: [2, 3],
  Plered: [3, 3],
  Kedawung: [4, 3],
  Mundu: [5, 3],
  Dukupuntang: [1, 4],
  Depok: [2, 4],
  Sumber: [3, 4],
  Talun: [4, 4],
  Astanajapura: [5, 4],
  Pangenan: [6, 4],
  Beber: [3, 5],
  Greged: [4, 5],
  Lemahabang: [5, 5],
  Gebang: [6, 5],
  Losari: [8, 5],
  Sedong: [4, 6],
  Karangwareng: [5, 6],
  Babakan: [6, 6],
  Pabedilan: [7, 6],
  "Susukan Lebak": [4, 7],
  Karangsembung: [5, 7],
  Pabuaran: [6, 7],
  Ciledug: [7, 7],
  Waled: [6, 8],
  Pasaleman: [7, 8],
}

/** Hexagon size (centre to corner) in the SVG's units. */
export const R = 30
const W = Math.sqrt(3) * R

export type Tile = { name: Kecamatan; x: number; y: number; points: string; lines: string[] }

/** Each kecamatan's hexagon (pointy top), its centre and its name broken into lines that fit. */
export function tiles(): Tile[] {
  return KECAMATAN.map((name) => {
    const [col, row] = TILES[name]
    const x = W / 2 + col * W + (row % 2 ? W / 2 : 0) + 4
    const y = R + row * R * 1.5 + 4
    const points = Array.from({ length: 6 }, (_, i) => {
      const a = (Math.PI / 180) * (60 * i - 90)
      return `${(x + R * Math.cos(a)).toFixed(1)},${(y + R * Math.sin(a)).toFixed(1)}`
    }).join(" ")
    // long names on two lines ("Susukan Lebak", "Astana-japura")
    const lines = name.includes(" ")
      ? name.split(" ")
      : name.length > 9
        ? [`${name.slice(0, Math.ceil(name.length / 2))}-`, name.slice(Math.ceil(name.length / 2))]
        : [name]
    return { name, x, y, points, lines }
  })
}

/** The SVG's size: every tile inside it. */
export function viewBox(): { width: number; height: number } {
  const all = tiles()
  return {
    width: Math.ceil(Math.max(...all.map((t) => t.x)) + W / 2 + 4),
    height: Math.ceil(Math.max(...all.map((t) => t.y)) + R + 4),
  }
}

/** A tile's shade by its MSMEs: none, then four steps of the mega mendung blues. */
export function shade(count: number, max: number): 0 | 1 | 2 | 3 | 4 {
  if (count <= 0 || max <= 0) return 0
  return Math.min(4, Math.max(1, Math.ceil((count / max) * 4))) as 1 | 2 | 3 | 4
}
