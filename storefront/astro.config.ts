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
      // Read at run time (access "secret"), so one build serves any backend.
      MEDUSA_BACKEND_URL: envField.string({ context: "server", access: "secret", default: "http://localhost:9000" }),
      MEDUSA_PUBLISHABLE_KEY: envField.string({ context: "server", access: "secret", optional: true }),
    },
  },
  server: { port: 4321, host: true },
})
