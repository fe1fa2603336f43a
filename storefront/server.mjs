/**
 * The storefront's production server: Astro's Node handler (SSR pages and static assets) behind
 * gzip/brotli compression. `node server.mjs` after `astro build`; HOST and PORT as for Astro.
 * Before Astro reads a request: the body limit of its route (413 before anything is buffered), and
 * the forwarding headers rewritten from PUBLIC_URL / TRUSTED_PROXIES (src/lib/edge.ts). Every
 * request has an id (X-Request-Id, src/lib/request-id.ts) and one JSON line in the log.
 */
import http from "node:http"
import compression from "compression"
import { bodyLimit, readEdgeSettings, refuseBody, rewriteForwarding } from "./src/lib/edge.ts"
import { accessLogLine, REQUEST_ID_HEADER, requestIdOf, withRequestId } from "./src/lib/request-id.ts"

process.env.ASTRO_NODE_AUTOSTART = "disabled"
const { handler } = await import("./dist/server/entry.mjs")
const compress = compression({ threshold: 1024 })
const settings = readEdgeSettings(process.env)
// the seller portal's session cookie (src/features/seller/seller.server.ts)
const SESSION_COOKIE = "galeri_mitra"

const host = process.env.HOST ?? "localhost"
const port = Number(process.env.PORT ?? 4321)
const server = http.createServer((req, res) => {
  // one id for the request here and for every call it makes to Medusa, on both sides' log lines
  const id = requestIdOf(req.headers[REQUEST_ID_HEADER])
  req.headers[REQUEST_ID_HEADER] = id
  res.setHeader(REQUEST_ID_HEADER, id)
  const started = performance.now()
  const path = (req.url ?? "/").split("?")[0]
  // built assets are not worth a line each (as Medusa skips its own)
  if (!path.startsWith("/_astro/"))
    res.once("finish", () =>
      process.stdout.write(
        `${accessLogLine({ id, method: req.method ?? "GET", path, status: res.statusCode, ms: performance.now() - started })}\n`,
      ),
    )
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
  withRequestId(id, () => compress(req, res, () => handler(req, res)))
})
server.listen(port, host, () =>
  process.stdout.write(
    `storefront listening on http://${host}:${port}${settings.publicUrl ? ` (public address ${settings.publicUrl.origin})` : ""}\n`,
  ),
)
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)))
