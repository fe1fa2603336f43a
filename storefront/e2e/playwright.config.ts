import { defineConfig } from "@playwright/test"
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium"

/**
 * Browser tests against a running gallery (./gallery test starts one with its own database).
 * Debian's Chromium, no browser download: CHROMIUM_PATH or /usr/bin/chromium.
 */
export default defineConfig({
  testDir: ".",
  // production.spec.ts needs Medusa split into a server and a worker on Redis: only the production suite runs it
  testIgnore: process.env.GALLERY_MODE === "production" ? [] : ["production.spec.ts"],
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 1,
  reporter: [["list"]],
  use: {
    baseURL: process.env.STOREFRONT_URL ?? "http://localhost:4321",
    locale: "id-ID",
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
    viewport: { width: 390, height: 844 },
    trace: "off",
  },
})
