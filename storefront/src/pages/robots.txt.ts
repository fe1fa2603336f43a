import type { APIRoute } from "astro"

export const GET: APIRoute = ({ url }) =>
  new Response(
    [
      "User-agent: *",
      "Allow: /",
      ...[
        "/keranjang",
        "/checkout",
        "/pesanan/",
        "/cari",
        "/en/keranjang",
        "/en/checkout",
        "/en/pesanan/",
        "/en/cari",
        "/api/",
      ].map((path) => `Disallow: ${path}`),
      `Sitemap: ${new URL("/sitemap.xml", url).href}`,
      "",
    ].join("\n"),
    { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" } },
  )
