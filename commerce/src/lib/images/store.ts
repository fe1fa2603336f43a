import type { MedusaContainer } from "@medusajs/framework/types"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import type { RenderedImage, VariantFormat } from "./variants"

/** What the storefront needs to build a <picture>: sources by format and width, a placeholder, the original. */
export type ImageMetadata = {
  original: string
  width: number
  height: number
  placeholder: string
  variants: Record<VariantFormat, Record<string, string>>
}

export type StoredImage = { image: ImageMetadata; file_ids: string[] }

type FileInput = { filename: string; mimeType: string; content: string; access: "public" | "private" }

/** The files an image is stored as: the original first, then each rendered variant, all public. */
export function imageFiles(
  name: string,
  original: { extension: string; mimeType: string; data: Buffer },
  rendered: RenderedImage,
): FileInput[] {
  return [
    {
      filename: `${name}.${original.extension}`,
      mimeType: original.mimeType,
      content: original.data.toString("base64"),
      access: "public" as const,
    },
    ...rendered.variants.map((v) => ({
      filename: `${name}-${v.width}.${v.format}`,
      mimeType: `image/${v.format}`,
      content: v.data.toString("base64"),
      access: "public" as const,
    })),
  ]
}

/** What rendering told about an image, without the bytes: enough to build its metadata once stored. */
export type ImageShape = {
  width: number
  height: number
  placeholder: string
  variants: { format: VariantFormat; width: number }[]
}

export const imageShape = (rendered: RenderedImage): ImageShape => ({
  width: rendered.width,
  height: rendered.height,
  placeholder: rendered.placeholder,
  variants: rendered.variants.map(({ format, width }) => ({ format, width })),
})

/** The metadata of an image stored as `imageFiles` made it: `urls` in the same order. */
export function imageMetadata(shape: ImageShape, urls: string[]): ImageMetadata {
  const variants: ImageMetadata["variants"] = { avif: {}, webp: {} }
  shape.variants.forEach((v, i) => {
    variants[v.format][String(v.width)] = urls[i + 1]!
  })
  return { original: urls[0]!, width: shape.width, height: shape.height, placeholder: shape.placeholder, variants }
}

/**
 * Stores an image's original and its rendered variants through Medusa's File Module (local files in
 * embedded mode, S3 in production), all public: they are shown to buyers once the product is approved.
 */
export async function storeImage(
  container: MedusaContainer,
  name: string,
  original: { extension: string; mimeType: string; data: Buffer },
  rendered: RenderedImage,
): Promise<StoredImage> {
  const { result } = await uploadFilesWorkflow(container).run({
    input: { files: imageFiles(name, original, rendered) },
  })
  return {
    image: imageMetadata(
      imageShape(rendered),
      result.map((f) => f.url),
    ),
    file_ids: result.map((f) => f.id),
  }
}

/** The URL of the largest WebP variant not wider than `width` (the product's thumbnail and image URL). */
export function primaryImageUrl(image: ImageMetadata, width = 640): string {
  const widths = Object.keys(image.variants.webp)
    .map(Number)
    .sort((a, b) => a - b)
  const best = widths.filter((w) => w <= width).pop() ?? widths[0]
  return best === undefined ? image.original : image.variants.webp[String(best)]!
}
