import node from "@astrojs/node"
import preact from "@astrojs/preact"
import { defineConfig, envField } from "astro/config"
import { MAX_BODY } from "./src/lib/edge.ts"

export default defineConfig({
  output: "server",
  // the largest body any route takes (a seller's product with photos); server.mjs sets each route's own, smaller limit
  adapter: node({ mode: "standalone", bodySizeLimit: MAX_BODY }),
  security: {
    checkOrigin: true,
    // server.mjs strips X-Forwarded-Proto/Host from everyone but the trusted proxies and sets them from
    // PUBLIC_URL: so any host they name may be believed, and the origin check compares with https://<public host>
    allowedDomains: [{ protocol: "https" }, { protocol: "http" }],
  },
  // Islands are written against the React API and run on preact/compat: ~10 KB instead of React DOM's ~65 KB
  // (gzip), which keeps the product page under its 30 KB JavaScript budget.
  integrations: [preact({ compat: true })],
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
      // The address buyers use behind a TLS-terminating proxy (https://...): Secure cookies, origin check, links.
      // Read by server.mjs too, with TRUSTED_PROXIES (the proxies' addresses; loopback always trusted).
      PUBLIC_URL: envField.string({ context: "server", access: "secret", optional: true }),
      TRUSTED_PROXIES: envField.string({ context: "server", access: "secret", optional: true }),
      // Stripe's publishable key (public by design); card payment is offered only when it is set.
      STRIPE_PUBLISHABLE_KEY: envField.string({ context: "server", access: "secret", optional: true }),
      // Highlight matches in search results: only where the search provider supports it (Meilisearch; not PostgreSQL).
      SEARCH_HIGHLIGHT: envField.boolean({ context: "server", access: "secret", default: false }),
      // Where buyers who pay by bank transfer send the money (demo values by default).
      BANK_TRANSFER_BANK: envField.string({ context: "server", access: "secret", default: "Bank BJB (demo)" }),
      BANK_TRANSFER_ACCOUNT: envField.string({
        context: "server",
        access: "secret",
        default: "0000-0000-00000 (demo)",
      }),
      BANK_TRANSFER_HOLDER: envField.string({ context: "server", access: "secret", default: "Galeri UMKM Caruban" }),
    },
  },
  server: { port: 4321, host: true },
  // The search library is loaded from its built JavaScript at run time (it reads its data files); the
  // commerce contracts (@galeri/commerce/contracts: types and import-free lists) are bundled from source.
  vite: { ssr: { external: ["@galeri/search"] } },
})
