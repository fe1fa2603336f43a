import node from "@astrojs/node"
import react from "@astrojs/react"
import { defineConfig, envField } from "astro/config"

export default defineConfig({
  output: "server",
  adapter: node({ mode: "standalone" }),
  integrations: [react()],
  i18n: {
    locales: ["id", "en"],
    defaultLocale: "id",
    routing: { prefixDefaultLocale: false },
  },
  env: {
    schema: {
      MEDUSA_BACKEND_URL: envField.string({ context: "server", access: "public", default: "http://localhost:9000" }),
      PUBLIC_MEDUSA_PUBLISHABLE_KEY: envField.string({ context: "server", access: "public", optional: true }),
      SITE_URL: envField.string({ context: "server", access: "public", default: "http://localhost:4321" }),
    },
  },
  server: { port: 4321, host: true },
})
