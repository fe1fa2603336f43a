/**
 * Lighthouse (mobile) on the storefront's home, category, product, MSME directory and visit pages,
 * with an editorial page as the baseline measured in the same run. Prints the four scores, the
 * largest contentful paint (and its ratio to the baseline's), and the JavaScript each page ships
 * (gzip bytes on the wire) against the 20 KB product-page budget.
 *
 *   ./gallery bench            (starts the gallery if it is not running)
 *   STOREFRONT_URL=http://localhost:4321 node storefront/bench/lighthouse.ts
 */
import * as chromeLauncher from "chrome-launcher"
import lighthouse from "lighthouse"
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../e2e/chromium.ts"

const base = process.env.STOREFRONT_URL ?? "http://localhost:4321"
const pages: [string, string][] = [
  ["baseline: editorial page", "/halaman/tentang"],
  ["home", "/"],
  ["category", "/kategori/batik-tulis"],
  ["product", "/produk/kursi-rotan-teras-rotan-tegal-asri"],
  ["product (en)", "/en/produk/kursi-rotan-teras-rotan-tegal-asri"],
  ["MSME directory", "/umkm"],
  ["visit the gallery", "/kunjungi"],
]
const JS_BUDGET = 20 * 1024

type Audit = { details?: { items?: { resourceType?: string; transferSize?: number }[] } }

const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
})
const rows: string[][] = []
let baselineLcp = 0
try {
  for (const [name, path] of pages) {
    const result = await lighthouse(`${base}${path}`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
      formFactor: "mobile",
      screenEmulation: { mobile: true, width: 412, height: 823, deviceScaleFactor: 1.75, disabled: false },
    })
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`)
    const { categories, audits } = result.lhr
    const score = (id: string) => String(Math.round((categories[id]?.score ?? 0) * 100))
    const items = (audits["network-requests"] as Audit | undefined)?.details?.items ?? []
    const js = items.filter((i) => i.resourceType === "Script").reduce((n, i) => n + (i.transferSize ?? 0), 0)
    const lcp = Number((audits["largest-contentful-paint"] as { numericValue?: number } | undefined)?.numericValue ?? 0)
    if (!baselineLcp) baselineLcp = lcp
    rows.push([
      name,
      score("performance"),
      score("accessibility"),
      score("best-practices"),
      score("seo"),
      `${Math.round(lcp)}`,
      (lcp / Math.max(1, baselineLcp)).toFixed(2),
      (js / 1024).toFixed(1),
      (js / JS_BUDGET).toFixed(2),
    ])
  }
} finally {
  await chrome.kill()
}
const head = ["page", "perf", "a11y", "best", "seo", "LCP ms", "LCP / baseline", "JS KB (gzip)", "JS / 20 KB"]
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
const line = (cells: string[]) => cells.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ")
process.stdout.write(
  `Lighthouse mobile, ${base}, ${new Date().toISOString()}\n${line(head)}\n${rows.map(line).join("\n")}\n`,
)
