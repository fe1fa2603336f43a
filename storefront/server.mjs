/**
 * The storefront's production server: Astro's Node handler (SSR pages and static assets) behind
 * gzip/brotli compression. `node server.mjs` after `astro build`; HOST and PORT as for Astro.
 */
import http from "node:http"
import compression from "compression"

process.env.ASTRO_NODE_AUTOSTART = "disabled"
const { handler } = await import("./dist/server/entry.mjs")
const compress = compression({ threshold: 1024 })

const host = process.env.HOST ?? "localhost"
const port = Number(process.env.PORT ?? 4321)
const server = http.createServer((req, res) => compress(req, res, () => handler(req, res)))
server.listen(port, host, () => process.stdout.write(`storefront listening on http://${host}:${port}\n`))
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)))
