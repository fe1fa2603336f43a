import { PUBLIC_URL } from "astro:env/server"

/**
 * Whether cookies (cart, seller session) are sent with `Secure`: whenever the site is reached over
 * https, directly or through a TLS-terminating proxy (PUBLIC_URL https://...).
 */
export function secureCookies(url?: URL): boolean {
  return url?.protocol === "https:" || Boolean(PUBLIC_URL?.startsWith("https:"))
}
