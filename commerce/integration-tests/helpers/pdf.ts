import jsQR from "jsqr"

type PdfPage = { text: string; qr: string[] }

/**
 * Reads a PDF back as a person with a phone would: each page's text (PDF.js, Mozilla's reader) and
 * every QR code on it, decoded (jsQR) from the squares the page draws. A QR code drawn as vector
 * squares is one filled path of many equal squares: those are put back on a grid, drawn as pixels
 * and handed to the decoder, in the order the page draws them.
 */
export async function readPdf(data: Uint8Array): Promise<PdfPage[]> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs")
  const doc = await pdfjs.getDocument({ data, isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise
  const pages: PdfPage[] = []
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n)
    const content = await page.getTextContent()
    const text = content.items.map((i) => ("str" in i ? i.str : "")).join(" ")
    const ops = await page.getOperatorList()
    const qr: string[] = []
    ops.fnArray.forEach((fn, i) => {
      if (fn !== pdfjs.OPS.constructPath) return
      const [kinds, coords] = ops.argsArray[i] as [number[], number[]]
      const squares: [number, number, number][] = []
      let at = 0
      for (const kind of kinds) {
        if (kind === pdfjs.OPS.rectangle) {
          squares.push([coords[at]!, coords[at + 1]!, coords[at + 2]!])
          at += 4
        } else at += kind === pdfjs.OPS.curveTo ? 6 : kind === pdfjs.OPS.curveTo2 || kind === pdfjs.OPS.curveTo3 ? 4 : 2
      }
      if (squares.length < 50) return
      const decoded = decodeSquares(squares)
      if (decoded) qr.push(decoded)
    })
    pages.push({ text, qr })
  }
  return pages
}

function decodeSquares(squares: [number, number, number][]): string | null {
  const cell = squares[0]![2]
  const x0 = Math.min(...squares.map((s) => s[0]))
  const y0 = Math.min(...squares.map((s) => s[1]))
  const size = Math.round((Math.max(...squares.map((s) => s[0])) - x0) / cell) + 1
  const scale = 4
  const quiet = 4
  const width = (size + 2 * quiet) * scale
  for (const flip of [false, true]) {
    const pixels = new Uint8ClampedArray(width * width * 4).fill(255)
    for (const [x, y] of squares) {
      const c = Math.round((x - x0) / cell)
      const r0 = Math.round((y - y0) / cell)
      const r = flip ? size - 1 - r0 : r0
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const p = (((r + quiet) * scale + dy) * width + (c + quiet) * scale + dx) * 4
          pixels[p] = pixels[p + 1] = pixels[p + 2] = 0
        }
    }
    const found = jsQR(pixels, width, width)
    if (found) return found.data
  }
  return null
}
