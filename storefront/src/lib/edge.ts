/**
 * What the storefront's HTTP server (server.mjs) decides before Astro sees a request: which peers are
 * proxies we trust, the buyer's real address, the public URL behind a TLS-terminating proxy, and how
 * big a request body each route may send. Plain TypeScript without imports, so Node runs it as is.
 *
 * Settings (environment): PUBLIC_URL, the address buyers use (https://galeri-caruban.id): requests
 * that come through a trusted proxy are read as made to it, so Astro's origin check, links and Secure
 * cookies follow it; TRUSTED_PROXIES, the proxies' addresses (comma-separated; loopback always).
 */

export type EdgeSettings = { publicUrl: URL | null; trusted: Set<string> }

const LOOPBACK = ["127.0.0.1", "::1"]

/** `::ffff:1.2.3.4` and `1.2.3.4` are the same peer. */
export const normalizeIp = (ip: string) => ip.trim().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1")

export function readEdgeSettings(env: Record<string, string | undefined>): EdgeSettings {
  let publicUrl: URL | null = null
  if (env.PUBLIC_URL) {
    publicUrl = new URL(env.PUBLIC_URL)
    if (publicUrl.protocol !== "https:" && publicUrl.protocol !== "http:") {
      throw new Error(`PUBLIC_URL must be an http(s) address, not ${env.PUBLIC_URL}`)
    }
  }
  const trusted = new Set([...LOOPBACK, ...(env.TRUSTED_PROXIES ?? "").split(",").map(normalizeIp).filter(Boolean)])
  return { publicUrl, trusted }
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/
const IPV6 = /^[0-9a-f:]+$/i
const looksLikeIp = (value: string) => IPV4.test(value) || (value.includes(":") && IPV6.test(value))

/**
 * The buyer's address: the connection's peer, unless the peer is a proxy we trust; then the right-most
 * X-Forwarded-For hop that is not a trusted proxy (hops further left are whatever the client claimed).
 */
export function clientAddress(peer: string, forwardedFor: string | string[] | undefined, settings: EdgeSettings) {
  const from = normalizeIp(peer)
  if (!settings.trusted.has(from)) return from
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map(normalizeIp)
    .filter(looksLikeIp)
  for (let i = hops.length - 1; i >= 0; i--) if (!settings.trusted.has(hops[i]!)) return hops[i]!
  return from
}

type Headers = Record<string, string | string[] | undefined>

/**
 * Rewrites the forwarding headers Astro reads, in place: X-Forwarded-For becomes the one address
 * worked out above (Astro's clientAddress reads its first value); X-Forwarded-Proto/Host are dropped
 * unless a trusted proxy sent the request, and then they say PUBLIC_URL (never what a client claimed);
 * with PUBLIC_URL set, Host is the public host for every request.
 */
export function rewriteForwarding(headers: Headers, peer: string, settings: EdgeSettings): string {
  const client = clientAddress(peer, headers["x-forwarded-for"], settings)
  headers["x-forwarded-for"] = client
  delete headers["x-forwarded-proto"]
  delete headers["x-forwarded-host"]
  delete headers["x-forwarded-port"]
  if (settings.publicUrl) {
    // the site has one public name: a client's own Host header never makes its links or origin
    headers.host = settings.publicUrl.host
    if (settings.trusted.has(normalizeIp(peer))) {
      headers["x-forwarded-proto"] = settings.publicUrl.protocol.slice(0, -1)
      headers["x-forwarded-host"] = settings.publicUrl.host
    }
  }
  return client
}

const KB = 1024
const MB = 1024 * KB

/** Bodies the storefront accepts: small for every form, larger only for a signed-in seller's uploads. */
export const BODY_LIMITS = {
  /** search, region, cart, checkout, inquiry, sign-in and profile forms */
  form: 64 * KB,
  /** a permit with its document (10 MB) */
  permit: 12 * MB,
  /** a product with up to 8 photos (15 MB each) */
  product: 125 * MB,
} as const

/** The largest body any route accepts: Astro's own limit is set to it (astro.config.ts). */
export const MAX_BODY = BODY_LIMITS.product

/** The body limit for a request: uploads only on the seller portal's pages, and only with a session cookie. */
export function bodyLimit(path: string, cookieHeader: string | undefined, sessionCookie: string): number {
  const signedIn = (cookieHeader ?? "").split(";").some((c) => c.trim().startsWith(`${sessionCookie}=`))
  if (!signedIn) return BODY_LIMITS.form
  const bare = path.split("?")[0]!.replace(/^\/en(?=\/)/, "")
  if (/^\/mitra\/produk\/[^/]+\/?$/.test(bare)) return BODY_LIMITS.product
  if (/^\/mitra\/izin\/?$/.test(bare)) return BODY_LIMITS.permit
  return BODY_LIMITS.form
}

/** What to answer a request whose body is not acceptable, or null to let it through. */
export function refuseBody(
  method: string,
  headers: Headers,
  limit: number,
): { status: 411 | 413; message: string } | null {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return null
  const declared = headers["content-length"]
  if (declared === undefined) {
    if (headers["transfer-encoding"]) {
      return {
        status: 411,
        message: "Kirim formulir dengan panjang yang diketahui. / Send the form with a Content-Length.",
      }
    }
    return null
  }
  const size = Number(declared)
  if (!Number.isFinite(size) || size < 0)
    return { status: 411, message: "Content-Length tidak sah. / Invalid Content-Length." }
  if (size <= limit) return null
  const max = limit >= MB ? `${Math.round(limit / MB)} MB` : `${Math.round(limit / KB)} KB`
  return {
    status: 413,
    message: `Kiriman terlalu besar (paling banyak ${max}): kurangi atau perkecil berkasnya. / The form is too large (at most ${max}): send fewer or smaller files.`,
  }
}

/** A path on this site to send someone back to, from a form field or a Referer; anything else is `fallback`. */
export function sameOriginPath(value: string | null | undefined, siteOrigin: string, fallback = "/"): string {
  if (!value || value.length > 2000 || value.includes("\\") || [...value].some((c) => c.charCodeAt(0) < 32)) {
    return fallback
  }
  let url: URL
  try {
    url = new URL(value, siteOrigin)
  } catch {
    return fallback
  }
  if (url.origin !== new URL(siteOrigin).origin) return fallback
  // "//evil.example" after the origin would be read by browsers as another site
  if (url.pathname.startsWith("//")) return fallback
  return `${url.pathname}${url.search}${url.hash}`
}
