/**
 * The storefront's production server: Astro's Node handler (SSR pages and static assets) behind
 * gzip/brotli compression. `node server.mjs` after `astro build`; HOST and PORT as for Astro.
 * Before Astro reads a request: the body limit of its route (413 before anything is buffered), and
 * the forwarding headers rewritten from PUBLIC_URL / TRUSTED_PROXIES (src/lib/edge.ts).
 */
import http from "node:http"
import compression from "compression"
import { bodyLimit, readEdgeSettings, refuseBody, rewriteForwarding } from "./src/lib/edge.ts"

process.env.ASTRO_NODE_AUTOSTART = "disabled"
const { handler } = await import("./dist/server/entry.mjs")
const compress = compression({ threshold: 1024 })
const settings = readEdgeSettings(process.env)
// the seller portal's session cookie (src/features/seller/seller.server.ts)
const SESSION_COOKIE = "galeri_mitra"

const host = process.env.HOST ?? "localhost"
const port = Number(process.env.PORT ?? 4321)
const server = http.createServer((req, res) => {
  rewriteForwarding(req.headers, req.socket.remoteAddress ?? "", settings)
  const refused = refuseBody(
    req.method ?? "GET",
    req.headers,
    bodyLimit(req.url ?? "/", req.headers.cookie, SESSION_COOKIE),
  )
  if (refused) {
    res.writeHead(refused.status, { "content-type": "text/plain; charset=utf-8", connection: "close" })
    // answered before a byte of the body is read; the connection closes after the answer
    res.end(`${refused.message}\n`)
    return
  }
  compress(req, res, () => handler(req, res))
})
server.listen(port, host, () =>
  process.stdout.write(
    `storefront listening on http://${host}:${port}${settings.publicUrl ? ` (public address ${settings.publicUrl.origin})` : ""}\n`,
  ),
)
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)))
