import sharp from "sharp"
import { type RenderedImage, renderVariants } from "./variants"

/**
 * The pipeline every uploaded photo goes through before anything is stored: the type is read from
 * the bytes (never the file name), size and pixel count are limited (a decompression bomb is refused
 * from its header, before it is decoded), the EXIF orientation is applied and all metadata (camera,
 * GPS position, ...) is dropped. What is kept: the original at full resolution re-encoded without
 * metadata, WebP and AVIF variants at fixed widths and a tiny placeholder, all made once, here.
 */
export const UPLOAD_LIMITS = {
  /** bytes of one upload: a 12-48 MP phone photo is 3-12 MB */
  maxBytes: 15 * 1024 * 1024,
  /** pixels of one upload (width x height): 50 MP covers today's phones */
  maxPixels: 50_000_000,
  /** the shorter side must be at least this many pixels to make the 320 px variant sharp */
  minSide: 320,
} as const

export const ACCEPTED_TYPES = ["jpeg", "png", "webp", "avif"] as const
export type AcceptedType = (typeof ACCEPTED_TYPES)[number]

export type RejectionCode = "too_large" | "unsupported_type" | "too_many_pixels" | "too_small" | "unreadable"

/** A photo we will not store, with a message the uploader can act on. */
export class ImageRejected extends Error {
  constructor(
    readonly code: RejectionCode,
    message: string,
  ) {
    super(message)
    this.name = "ImageRejected"
  }
}

export type ProcessedImage = RenderedImage & {
  type: AcceptedType
  original: { format: "jpeg" | "png"; data: Buffer; width: number; height: number }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** The image type from its first bytes (magic numbers), or null when it is none we take. */
export function sniffImageType(bytes: Buffer): AcceptedType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg"
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return "png"
  if (bytes.length >= 12 && bytes.toString("latin1", 0, 4) === "RIFF" && bytes.toString("latin1", 8, 12) === "WEBP")
    return "webp"
  if (
    bytes.length >= 12 &&
    bytes.toString("latin1", 4, 8) === "ftyp" &&
    /^avi[fs]$/.test(bytes.toString("latin1", 8, 12))
  )
    return "avif"
  return null
}

export async function processUpload(bytes: Buffer, limits = UPLOAD_LIMITS): Promise<ProcessedImage> {
  if (bytes.length > limits.maxBytes) {
    throw new ImageRejected(
      "too_large",
      `The photo is ${mb(bytes.length)}; the limit is ${mb(limits.maxBytes)}. Send a smaller photo (most phones can share a "medium" size).`,
    )
  }
  const type = sniffImageType(bytes)
  if (!type) {
    throw new ImageRejected(
      "unsupported_type",
      "This file is not a photo we can use: send a JPEG, PNG, WebP or AVIF image (the file name does not matter, its content does).",
    )
  }
  let meta: sharp.Metadata
  try {
    // Reads the header only: the pixel count is known before a single pixel is decoded.
    meta = await sharp(bytes, { limitInputPixels: false }).metadata()
  } catch {
    throw new ImageRejected(
      "unreadable",
      "This photo file is damaged or incomplete: take or export it again and send it once more.",
    )
  }
  const pixels = (meta.width ?? 0) * (meta.height ?? 0)
  if (!meta.width || !meta.height || pixels > limits.maxPixels) {
    throw new ImageRejected(
      "too_many_pixels",
      `The photo is ${meta.width ?? "?"} x ${meta.height ?? "?"} pixels; the limit is ${Math.round(limits.maxPixels / 1_000_000)} megapixels.`,
    )
  }
  const width = meta.autoOrient?.width ?? meta.width
  const height = meta.autoOrient?.height ?? meta.height
  if (Math.min(width, height) < limits.minSide) {
    throw new ImageRejected(
      "too_small",
      `The photo is only ${width} x ${height} pixels; send one at least ${limits.minSide} pixels on its shorter side.`,
    )
  }
  try {
    // rotate() applies the EXIF orientation; sharp writes no metadata unless asked, so EXIF/GPS/XMP are gone.
    const upright = sharp(bytes, { limitInputPixels: limits.maxPixels, failOn: "error" }).rotate()
    const keepsAlpha = Boolean(meta.hasAlpha)
    const original = keepsAlpha
      ? await upright.clone().png({ compressionLevel: 9 }).toBuffer()
      : await upright.clone().jpeg({ quality: 92, mozjpeg: true }).toBuffer()
    const rendered = await renderVariants(bytes, widthsFor(width), ["avif", "webp"], limits.maxPixels)
    return {
      ...rendered,
      type,
      original: { format: keepsAlpha ? "png" : "jpeg", data: original, width, height },
    }
  } catch (error) {
    if (error instanceof ImageRejected) throw error
    throw new ImageRejected(
      "unreadable",
      "This photo could not be read to the end: it may be damaged. Take or export it again.",
    )
  }
}

/** Variant widths no larger than the photo itself (never upscaled). */
function widthsFor(width: number): number[] {
  const widths = [320, 640, 960].filter((w) => w <= width)
  return widths.length ? widths : [width]
}
