import { createHash } from "node:crypto"

/**
 * Demo images drawn by our own code: deterministic SVG artwork per product and MSME,
 * in the style of its craft (batik clouds, rattan weave, carved masks, glass painting,
 * embroidery, food packaging). No downloaded or copyrighted photos.
 */

const PALETTES = [
  ["#1f3a68", "#3e6db5", "#9cc3e6", "#f4efe4"], // mega mendung blues
  ["#6b2d1f", "#b5562f", "#e8b04b", "#f7ecd9"], // sogan browns
  ["#234d3a", "#3f8a63", "#a8d5a2", "#f2f1e6"], // greens
  ["#5b1f3f", "#a33b63", "#f09bb1", "#fbeef2"], // pesisir reds
  ["#3b2a18", "#8a6337", "#d6b07a", "#f6efe2"], // rattan and teak
] as const

function seedOf(key: string): number[] {
  return [...createHash("sha256").update(key).digest()]
}

const escapeXml = (s: string) =>
  s.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] as string)

function megaMendung(p: readonly string[], s: number[]): string {
  let out = ""
  for (let row = 0; row < 4; row++) {
    for (let col = 0; col < 3; col++) {
      const cx = 60 + col * 140 + (row % 2) * 70 + ((s[row * 3 + col] ?? 0) % 20)
      const cy = 70 + row * 110
      for (let ring = 5; ring > 0; ring--) {
        const r = ring * 12
        out += `<path d="M${cx - r} ${cy} a${r} ${r * 0.8} 0 0 1 ${r * 2} 0 z" fill="${p[ring % 3]}" stroke="${p[0]}" stroke-width="2"/>`
      }
    }
  }
  return out
}

function weave(p: readonly string[], s: number[]): string {
  const angle = ((s[3] ?? 0) % 40) - 20
  let out = `<g transform="rotate(${angle} 256 256)">`
  for (let i = -4; i < 20; i++) {
    out += `<rect x="${i * 32}" y="-128" width="16" height="768" fill="${p[2]}" opacity="0.85"/>`
    out += `<rect x="-128" y="${i * 32 + 8}" width="768" height="14" fill="${p[1]}" opacity="${i % 2 ? 0.9 : 0.6}"/>`
  }
  return `${out}</g>`
}

function mask(p: readonly string[], s: number[]): string {
  const tilt = ((s[5] ?? 0) % 11) - 5
  return `<g transform="rotate(${tilt} 256 256)">
<ellipse cx="256" cy="256" rx="150" ry="195" fill="${p[3]}" stroke="${p[0]}" stroke-width="8"/>
<path d="M170 210 q40 -30 70 0" stroke="${p[0]}" stroke-width="10" fill="none"/>
<path d="M272 210 q40 -30 70 0" stroke="${p[0]}" stroke-width="10" fill="none"/>
<ellipse cx="205" cy="235" rx="22" ry="10" fill="${p[0]}"/><ellipse cx="307" cy="235" rx="22" ry="10" fill="${p[0]}"/>
<path d="M256 250 l-14 60 h28 z" fill="${p[2]}"/>
<path d="M200 355 q56 35 112 0" stroke="${p[1]}" stroke-width="12" fill="none"/>
<path d="M150 140 q106 -90 212 0" stroke="${p[1]}" stroke-width="14" fill="none"/></g>`
}

function glass(p: readonly string[], s: number[]): string {
  let rays = ""
  for (let i = 0; i < 12; i++) {
    const a = (i / 12) * Math.PI * 2 + ((s[7] ?? 0) % 10) / 10
    rays += `<line x1="256" y1="256" x2="${256 + Math.cos(a) * 220}" y2="${256 + Math.sin(a) * 220}" stroke="${p[2]}" stroke-width="6"/>`
  }
  return `<rect x="24" y="24" width="464" height="464" fill="${p[0]}" stroke="#c9a227" stroke-width="16"/>${rays}
<circle cx="256" cy="256" r="110" fill="${p[1]}" stroke="#c9a227" stroke-width="8"/>
<path d="M200 300 q56 -140 112 0 z" fill="${p[3]}"/><circle cx="256" cy="200" r="28" fill="${p[3]}"/>`
}

function embroidery(p: readonly string[], s: number[]): string {
  let out = ""
  for (let i = 0; i < 9; i++) {
    const x = 90 + (i % 3) * 166
    const y = 90 + Math.floor(i / 3) * 166
    const petals = 5 + ((s[i] ?? 0) % 4)
    for (let k = 0; k < petals; k++) {
      const a = (k / petals) * Math.PI * 2
      out += `<ellipse cx="${x + Math.cos(a) * 28}" cy="${y + Math.sin(a) * 28}" rx="24" ry="12" transform="rotate(${(a * 180) / Math.PI} ${x + Math.cos(a) * 28} ${y + Math.sin(a) * 28})" fill="none" stroke="${p[k % 2 ? 1 : 0]}" stroke-width="4" stroke-dasharray="6 4"/>`
    }
    out += `<circle cx="${x}" cy="${y}" r="10" fill="${p[2]}"/>`
  }
  return out
}

function carving(p: readonly string[], s: number[]): string {
  const lift = (s[4] ?? 0) % 60
  let out = `<rect x="40" y="40" width="432" height="432" rx="24" fill="${p[1]}"/>`
  for (let i = 0; i < 5; i++) {
    out += `<path d="M${60 + i * 20} ${450 - i * 30} q${100 - i * 10} -${160 - i * 20 + lift} ${200 - i * 20} 0 t${180 - i * 20} 0" stroke="${p[0]}" stroke-width="14" fill="none" stroke-linecap="round"/>`
  }
  return out
}

function pack(p: readonly string[], label: string): string {
  const words = label.split(" ")
  const lines: string[] = []
  for (const word of words) {
    const last = lines[lines.length - 1]
    if (last && `${last} ${word}`.length <= 16) lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  const text = lines
    .slice(0, 4)
    .map(
      (line, i) =>
        `<text x="256" y="${250 + i * 36}" font-size="30" font-family="sans-serif" font-weight="700" text-anchor="middle" fill="${p[0]}">${escapeXml(line)}</text>`,
    )
    .join("")
  return `<path d="M136 110 h240 l20 40 v300 a20 20 0 0 1 -20 20 h-240 a20 20 0 0 1 -20 -20 v-300 z" fill="${p[1]}"/>
<rect x="150" y="190" width="212" height="190" rx="12" fill="${p[3]}"/>
<rect x="136" y="96" width="240" height="24" rx="6" fill="${p[0]}"/>${text}
<text x="256" y="430" font-size="18" font-family="sans-serif" text-anchor="middle" fill="${p[3]}">GALERI CARUBAN</text>`
}

/** A border of dots placed by the key's hash: every picture of the same craft still differs. */
function ornament(p: readonly string[], s: number[]): string {
  let out = ""
  for (let i = 0; i < 12; i++) {
    const along = ((s[8 + i] ?? 0) / 255) * 472 + 20
    const r = 4 + ((s[20 + i] ?? 0) % 7)
    const [x, y] = i % 4 === 0 ? [along, 12] : i % 4 === 1 ? [500, along] : i % 4 === 2 ? [along, 500] : [12, along]
    out += `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r}" fill="${p[i % 3]}"/>`
  }
  return out
}

export type ImageSubject = { key: string; kind: string; label: string }

/** An SVG (512 x 512) for a product or MSME: same key, same picture. */
export function renderArtwork({ key, kind, label }: ImageSubject): string {
  const s = seedOf(key)
  const palette = PALETTES[(s[0] ?? 0) % PALETTES.length] as readonly string[]
  let body: string
  switch (kind) {
    case "batik-tulis":
    case "batik-cap":
      body = megaMendung(palette, s)
      break
    case "rattan-furniture":
    case "rattan-weaving":
      body = weave(palette, s)
      break
    case "masks":
      body = mask(palette, s)
      break
    case "glass-painting":
      body = glass(palette, s)
      break
    case "embroidery":
      body = embroidery(palette, s)
      break
    case "wood-carving":
      body = carving(palette, s)
      break
    default:
      body = pack(palette, label)
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512" role="img"><title>${escapeXml(label)}</title><rect width="512" height="512" fill="${palette[3]}"/>${body}${ornament(palette, s)}</svg>`
}
