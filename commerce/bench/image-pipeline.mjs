/**
 * Image pipeline speed: images per second for a 12-megapixel phone photo (EXIF orientation and GPS
 * included) through our upload pipeline (commerce/src/lib/images/upload.ts: sniffing, limits,
 * orientation, metadata stripped, original + WebP/AVIF variants + placeholder) against calling sharp
 * directly with the same encoding settings in the same run. The ratio is our overhead.
 *   ./gallery bench images          (BENCH_RUNS, default 5 per side)
 * Run through ./gallery, which compiles the pipeline first and passes GALERI_IMAGES_DIR.
 */
import { createRequire } from "node:module"
import { join } from "node:path"

const require = createRequire(import.meta.url)
const sharp = require("sharp")
const { processUpload } = require(join(process.env.GALERI_IMAGES_DIR, "upload.js"))
const runs = Number(process.env.BENCH_RUNS ?? 5)

// A 4000 x 3000 photo with grain (so encoders have real work), stored sideways with orientation 6 and GPS.
const photo = await sharp({
  create: { width: 4000, height: 3000, channels: 3, noise: { type: "gaussian", mean: 128, sigma: 40 } },
})
  .blur(1.2)
  .jpeg({ quality: 90 })
  .withExif({
    IFD0: { Make: "PhoneCo", Model: "Caruban X1" },
    IFD3: { GPSLatitudeRef: "S", GPSLatitude: "6/1 43/1 0/1" },
  })
  .withMetadata({ orientation: 6 })
  .toBuffer()

/** The same outputs with sharp alone: upright original (JPEG q92 mozjpeg), AVIF q55 e2 and WebP q80 e4 at 320/640/960, 16 px placeholder. */
async function direct(bytes) {
  const base = sharp(bytes).rotate()
  await base.clone().jpeg({ quality: 92, mozjpeg: true }).toBuffer()
  for (const width of [320, 640, 960]) {
    await base.clone().resize(width).avif({ quality: 55, effort: 2 }).toBuffer()
    await base.clone().resize(width).webp({ quality: 80, effort: 4 }).toBuffer()
  }
  await base.clone().resize(16).webp({ quality: 40 }).toBuffer()
}

const time = async (fn) => {
  const t = performance.now()
  await fn(photo)
  return performance.now() - t
}
await time(direct) // warm up both
await time(processUpload)
const ours = []
const baseline = []
for (let i = 0; i < runs; i++) {
  // alternate, so neither side always runs on a warmer machine
  baseline.push(await time(direct))
  ours.push(await time(processUpload))
}
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length
const line = (name, ms) => `${name.padEnd(38)} ${(1000 / ms).toFixed(2).padStart(8)} ${ms.toFixed(0).padStart(10)}`
process.stdout.write(
  `12 MP photo (${(photo.length / 1024 / 1024).toFixed(1)} MB JPEG), ${runs} runs each, sharp ${sharp.versions.sharp}, libvips ${sharp.versions.vips}, concurrency ${sharp.concurrency()}\n`,
)
process.stdout.write(`${"".padEnd(38)} ${"images/s".padStart(8)} ${"ms/image".padStart(10)}\n`)
process.stdout.write(`${line("baseline: sharp directly", mean(baseline))}\n`)
process.stdout.write(`${line("our upload pipeline", mean(ours))}\n`)
process.stdout.write(`ratio (ours / baseline, time per image): ${(mean(ours) / mean(baseline)).toFixed(2)}\n`)
