import { createHash } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { homedir } from "node:os"
import { join } from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { type ImageMetadata, primaryImageUrl, storeImage } from "../images/store"
import { type RenderedImage, renderVariants, type VariantFormat } from "../images/variants"

export type { ImageMetadata }

const PIPELINE_VERSION = "1"
const CACHE_DIR = process.env.GALERI_IMAGE_CACHE ?? join(homedir(), ".cache", "galeri-caruban", "images")

/** Rendering is the slow part (AVIF); its output is cached on disk by content hash, so a re-seed or a test run reuses it. */
async function renderCached(svg: string, widths: readonly number[]): Promise<RenderedImage> {
  const key = createHash("sha256")
    .update(`${PIPELINE_VERSION}:${widths.join(",")}:${svg}`)
    .digest("hex")
  const file = join(CACHE_DIR, `${key}.json`)
  if (existsSync(file)) {
    const cached = JSON.parse(readFileSync(file, "utf8")) as Omit<RenderedImage, "variants"> & {
      variants: { format: VariantFormat; width: number; height: number; data: string }[]
    }
    return { ...cached, variants: cached.variants.map((v) => ({ ...v, data: Buffer.from(v.data, "base64") })) }
  }
  const rendered = await renderVariants(Buffer.from(svg), widths)
  mkdirSync(CACHE_DIR, { recursive: true })
  writeFileSync(
    file,
    JSON.stringify({
      ...rendered,
      variants: rendered.variants.map((v) => ({ ...v, data: v.data.toString("base64") })),
    }),
  )
  return rendered
}

/** Renders an SVG artwork to responsive variants and stores all of them through Medusa's File Module. */
export async function uploadArtwork(
  container: MedusaContainer,
  name: string,
  svg: string,
  widths: readonly number[],
): Promise<ImageMetadata> {
  const rendered = await renderCached(svg, widths)
  const stored = await storeImage(
    container,
    name,
    { extension: "svg", mimeType: "image/svg+xml", data: Buffer.from(svg) },
    rendered,
  )
  return stored.image
}

/** The URL to use where one raster image is needed (thumbnail, Open Graph). */
export const primaryUrl = primaryImageUrl

/** Runs tasks two at a time: the machine has two cores and AVIF encoding is CPU-bound. */
export async function inPairs<T, R>(items: T[], task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await task(items[index]!)
    }
  }
  await Promise.all([worker(), worker()])
  return results
}
