import { crc32, deflateSync } from "node:zlib"
import sharp from "sharp"
import { ImageRejected, processUpload, sniffImageType } from "../upload"

/** Real image files, made here with sharp (and one PNG header by hand), as a phone or a bot would send them. */
const photo = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 180, g: 110, b: 60 } } })

async function jpegWithGps(): Promise<Buffer> {
  return photo(1200, 900)
    .jpeg()
    .withExif({
      IFD0: { Make: "PhoneCo", Model: "Caruban X1" },
      IFD3: { GPSLatitudeRef: "S", GPSLatitude: "6/1 43/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "108/1 33/1 0/1" },
    })
    .toBuffer()
}

/** A PNG that claims 100,000 x 100,000 pixels (10 gigapixels) in a few hundred bytes. */
function pngBomb(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data])
    const out = Buffer.alloc(12 + data.length)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(crc32(body) >>> 0, 8 + data.length)
    return out
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(100_000, 0)
  ihdr.writeUInt32BE(100_000, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 2 // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.alloc(1024))),
    chunk("IEND", Buffer.alloc(0)),
  ])
}

async function rejection(input: Buffer): Promise<ImageRejected> {
  const error = await processUpload(input).then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ImageRejected)
  return error as ImageRejected
}

describe("the upload pipeline", () => {
  it("strips EXIF, including the GPS position, from a phone's JPEG", async () => {
    const input = await jpegWithGps()
    const before = await sharp(input).metadata()
    expect(before.exif?.includes(Buffer.from("Caruban X1"))).toBe(true)
    // the GPS IFD pointer tag (0x8825) is in the camera's EXIF
    expect(before.exif?.includes(Buffer.from([0x88, 0x25])) || before.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(
      true,
    )

    const out = await processUpload(input)
    expect(out.type).toBe("jpeg")
    for (const file of [out.original.data, ...out.variants.map((v) => v.data)]) {
      const meta = await sharp(file).metadata()
      expect(meta.exif).toBeUndefined()
      expect(meta.xmp).toBeUndefined()
      expect(file.includes(Buffer.from("Caruban X1"))).toBe(false)
    }
  })

  it("applies the orientation of a rotated phone photo", async () => {
    const input = await photo(1200, 600).jpeg().withMetadata({ orientation: 6 }).toBuffer()
    const out = await processUpload(input)
    expect([out.width, out.height]).toEqual([600, 1200])
    expect([out.original.width, out.original.height]).toEqual([600, 1200])
    const stored = await sharp(out.original.data).metadata()
    expect([stored.width, stored.height, stored.orientation]).toEqual([600, 1200, undefined])
    const variant = out.variants.find((v) => v.format === "webp" && v.width === 320)!
    expect(variant.height).toBe(640)
  })

  it("reads the type from the bytes: a PNG named .jpg is a PNG, text named .jpg is refused", async () => {
    const png = await photo(800, 800).png().toBuffer()
    expect(sniffImageType(png)).toBe("png")
    expect((await processUpload(png)).type).toBe("png")

    const text = await rejection(Buffer.from("Ini bukan foto, hanya teks yang diberi nama produk.jpg\n"))
    expect(text.code).toBe("unsupported_type")
    expect(text.message).toContain("not a photo")
  })

  it("refuses an oversized file before reading it, with the sizes in the message", async () => {
    const big = Buffer.alloc(16 * 1024 * 1024)
    big.set([0xff, 0xd8, 0xff])
    const error = await rejection(big)
    expect(error.code).toBe("too_large")
    expect(error.message).toContain("16.0 MB")
    expect(error.message).toContain("15.0 MB")
  })

  it("refuses a decompression bomb from its header, without decoding it", async () => {
    const bomb = pngBomb()
    expect(bomb.length).toBeLessThan(1000)
    const error = await rejection(bomb)
    expect(error.code).toBe("too_many_pixels")
    expect(error.message).toContain("100000 x 100000")
  })

  it("refuses photos too small to show and damaged files, saying what to do", async () => {
    expect((await rejection(await photo(200, 150).jpeg().toBuffer())).code).toBe("too_small")
    const whole = await photo(1000, 800).jpeg().toBuffer()
    const cut = await rejection(whole.subarray(0, 400))
    expect(["unreadable"]).toContain(cut.code)
  })

  it("makes the WebP and AVIF variants at fixed widths, never larger than the photo, and a placeholder", async () => {
    const out = await processUpload(await photo(800, 600).jpeg().toBuffer())
    expect(out.variants.map((v) => `${v.format}@${v.width}`).sort()).toEqual(
      ["avif@320", "avif@640", "webp@320", "webp@640"].sort(),
    )
    for (const v of out.variants)
      expect((await sharp(v.data).metadata()).format).toBe(v.format === "avif" ? "heif" : "webp")
    expect(out.placeholder).toMatch(/^data:image\/webp;base64,/)
  })
})
