import { type ChildProcess, execFileSync, spawn } from "node:child_process"
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { request as httpRequest } from "node:http"
import { request as httpsRequest } from "node:https"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { expect, test } from "@playwright/test"

/**
 * The storefront's share of the security suite (issue 12): bounded bodies (row 5), production behind
 * a TLS-terminating reverse proxy (row 7: Secure cookies, the origin check, the buyer's own address),
 * redirects that stay on the site (row 10) and the cart cookie (row 11). The proxy is a real nginx
 * from Debian's packages with a throwaway certificate, in front of a second storefront process
 * started with PUBLIC_URL and of Medusa.
 */

const STOREFRONT = process.env.STOREFRONT_URL ?? "http://localhost:4321"
const MEDUSA = process.env.MEDUSA_URL ?? "http://localhost:9000"
const NGINX = process.env.NGINX_PATH ?? "/usr/sbin/nginx"
const STOREFRONT_DIR = join(import.meta.dirname, "..")

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string }

/** A raw HTTP(S) request, optionally from another loopback address (a different buyer as the proxy sees it). */
function send(
  url: string,
  options: {
    method?: string
    headers?: Record<string, string>
    body?: string | Buffer
    from?: string
    declared?: number
  },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const target = new URL(url)
    const request = target.protocol === "https:" ? httpsRequest : httpRequest
    const req = request(
      target,
      {
        method: options.method ?? "GET",
        headers: {
          ...options.headers,
          ...(options.body !== undefined
            ? { "content-length": String(options.declared ?? Buffer.byteLength(options.body)) }
            : {}),
        },
        localAddress: options.from,
        rejectUnauthorized: false,
      },
      (res) => {
        let body = ""
        res.setEncoding("utf8")
        res.on("data", (chunk) => {
          body += chunk
        })
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      },
    )
    req.on("error", (error) => {
      // the server may close the connection after answering a body it refused
      if ((error as NodeJS.ErrnoException).code !== "EPIPE" && (error as NodeJS.ErrnoException).code !== "ECONNRESET")
        reject(error)
    })
    if (options.body !== undefined) req.write(options.body)
    // a declared length larger than what is sent: the answer must come before the rest would
    if (options.declared === undefined) req.end()
  })
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer()
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

async function waitFor(url: string) {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    const up = await send(url, {}).then(
      (r) => r.status < 500,
      () => false,
    )
    if (up) return
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${url} did not come up`)
}

test.describe("bounded bodies and redirects on the storefront", () => {
  test("row 5: a 100 MB body is refused with 413 before it is read; forms get 64 KB", async () => {
    const answer = await send(`${STOREFRONT}/api/region`, {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=x", origin: STOREFRONT },
      // one megabyte sent of a hundred declared: waiting for the rest would time out
      body: Buffer.alloc(1024 * 1024, 120),
      declared: 100 * 1024 * 1024,
    })
    expect(answer.status).toBe(413)
    expect(answer.body).toMatch(/terlalu besar.*too large/)
    const form = await send(`${STOREFRONT}/api/region`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: STOREFRONT },
      body: `region_id=${"x".repeat(70 * 1024)}`,
    })
    expect(form.status).toBe(413)
    // a seller's product form takes photos, but only with a session cookie
    const anonymous = await send(`${STOREFRONT}/mitra/produk/baru`, {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=x", origin: STOREFRONT },
      body: Buffer.alloc(1024 * 1024, 120),
    })
    expect(anonymous.status).toBe(413)
  })

  test("row 10: redirects go to paths of this site only, whatever return_to or the Referer say", async () => {
    const regions = (await (
      await fetch(`${MEDUSA}/store/regions`, {
        headers: { "x-publishable-api-key": process.env.MEDUSA_PUBLISHABLE_KEY ?? "" },
      })
    ).json()) as { regions: { id: string }[] }
    const region = regions.regions[0]!.id
    for (const evil of ["/\\evil.example/x", "//evil.example/x", "https://evil.example/x"]) {
      const answer = await send(`${STOREFRONT}/api/region`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", origin: STOREFRONT },
        body: new URLSearchParams({ region_id: region, return_to: evil }).toString(),
      })
      expect(answer.status).toBe(303)
      expect(answer.headers.location).toBe("/")
    }
    const inquiry = await send(`${STOREFRONT}/api/inquiries`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        origin: STOREFRONT,
        referer: `${STOREFRONT}//evil.example/x`,
      },
      body: "locale=en",
    })
    expect(inquiry.status).toBe(303)
    expect(String(inquiry.headers.location)).toMatch(/^\/(?!\/)/)
    expect(String(inquiry.headers.location)).not.toContain("evil.example")
  })
})

test.describe("behind a TLS-terminating nginx", () => {
  let work = ""
  let proxyPort = 0
  let apiPort = 0
  const children: ChildProcess[] = []

  test.beforeAll(async () => {
    // like Chromium, nginx comes from Debian's packages (./gallery test installs both when run as root)
    if (!existsSync(NGINX)) {
      throw new Error(`nginx is not installed (${NGINX}): apt-get install nginx-light openssl, or set NGINX_PATH`)
    }
    work = mkdtempSync(join(tmpdir(), "galeri-proxy-"))
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "1",
        "-subj",
        "/CN=localhost",
        "-keyout",
        join(work, "key.pem"),
        "-out",
        join(work, "cert.pem"),
      ],
      { stdio: "ignore" },
    )
    proxyPort = await freePort()
    apiPort = await freePort()
    const storefrontPort = await freePort()
    // a second storefront, as production runs it: told its public address, trusting the proxy on loopback
    const storefront = spawn(process.execPath, ["server.mjs"], {
      cwd: STOREFRONT_DIR,
      env: {
        ...process.env,
        HOST: "127.0.0.1",
        PORT: String(storefrontPort),
        MEDUSA_BACKEND_URL: MEDUSA,
        PUBLIC_URL: `https://localhost:${proxyPort}`,
        TRUSTED_PROXIES: "127.0.0.1",
      },
      stdio: "ignore",
    })
    children.push(storefront)
    const tls = `ssl_certificate ${join(work, "cert.pem")}; ssl_certificate_key ${join(work, "key.pem")};`
    const forwarded =
      "proxy_set_header Host $host:$server_port; proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for; proxy_set_header X-Forwarded-Proto $scheme;"
    writeFileSync(
      join(work, "nginx.conf"),
      `daemon off;
pid ${join(work, "nginx.pid")};
error_log ${join(work, "error.log")} warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${work};
  proxy_temp_path ${work};
  client_max_body_size 125m;
  server { listen 127.0.0.1:${proxyPort} ssl; ${tls} location / { proxy_pass http://127.0.0.1:${storefrontPort}; ${forwarded} } }
  server { listen 127.0.0.1:${apiPort} ssl; ${tls} location / { proxy_pass ${MEDUSA}; ${forwarded} } }
}
`,
    )
    const nginx = spawn(NGINX, ["-c", join(work, "nginx.conf"), "-p", work], { stdio: "ignore" })
    children.push(nginx)
    await waitFor(`http://127.0.0.1:${storefrontPort}/robots.txt`)
    await waitFor(`https://localhost:${proxyPort}/robots.txt`)
    await waitFor(`https://localhost:${apiPort}/health`)
  })

  test.afterAll(async () => {
    for (const child of children) child.kill("SIGTERM")
    await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once("exit", r)))))
    if (work) rmSync(work, { recursive: true, force: true })
  })

  test("row 7: a seller signs in over https: the session cookie is Secure and the forms pass the origin check", async ({
    browser,
  }) => {
    const context = await browser.newContext({ ignoreHTTPSErrors: true, baseURL: `https://localhost:${proxyPort}` })
    const page = await context.newPage()
    const email = `proksi-${Date.now()}@batik-e2e.test`
    await page.goto("/mitra")
    const signUp = page.locator("form", { has: page.locator("#daftar-h") })
    await signUp.getByLabel("Nama Anda").fill("Ibu Sekar")
    await signUp.getByLabel("Nama usaha").fill(`Batik Proksi ${Date.now()}`)
    await signUp.getByLabel("Kriya").check()
    await signUp.getByLabel("Yang Anda buat").fill("batik tulis")
    await signUp.getByLabel("Kecamatan").selectOption("Plered")
    await signUp.getByLabel("Desa").fill("Trusmi Kulon")
    await signUp.getByLabel("Email").fill(email)
    await signUp.getByLabel(/Kata sandi/).fill("Rahasia-Proksi-2026")
    await signUp.getByRole("button", { name: "Daftar sebagai UMKM baru" }).click()
    // a real "Origin: https://localhost:<port>" form post went through (it was 403 before)
    await expect(page).toHaveURL(/\/mitra\/dasbor/)
    const session = (await context.cookies()).find((c) => c.name === "galeri_mitra")
    expect(session?.secure).toBe(true)
    expect(session?.httpOnly).toBe(true)

    // row 11: the cart cookie is Secure too
    const products = (await (
      await fetch(`${MEDUSA}/store/products?limit=1&fields=id,*variants`, {
        headers: { "x-publishable-api-key": process.env.MEDUSA_PUBLISHABLE_KEY ?? "" },
      })
    ).json()) as { products: { variants: { id: string }[] }[] }
    const cart = await page.request.post("/api/cart", {
      headers: { origin: `https://localhost:${proxyPort}`, "content-type": "application/json" },
      data: { variant_id: products.products[0]!.variants[0]!.id, quantity: 1, locale: "en" },
    })
    expect(cart.status()).toBeLessThan(500)
    expect((await context.cookies()).find((c) => c.name === "gc_cart")?.secure).toBe(true)
    const regions = (await (
      await fetch(`${MEDUSA}/store/regions`, {
        headers: { "x-publishable-api-key": process.env.MEDUSA_PUBLISHABLE_KEY ?? "" },
      })
    ).json()) as { regions: { id: string }[] }
    await page.request.post("/api/region", {
      headers: { origin: `https://localhost:${proxyPort}` },
      form: { region_id: regions.regions[0]!.id, return_to: "/en/" },
      maxRedirects: 0,
    })
    for (const cookie of await context.cookies())
      expect({ name: cookie.name, secure: cookie.secure }).toEqual({ name: cookie.name, secure: true })
    await context.close()
  })

  test("row 7: each buyer behind the proxy has an allowance of their own; a buyer's own X-Forwarded-For is not believed", async () => {
    const inquiry = (from: string, claimed?: string) =>
      send(`https://localhost:${proxyPort}/api/inquiries`, {
        method: "POST",
        from,
        headers: {
          "content-type": "application/json",
          origin: `https://localhost:${proxyPort}`,
          ...(claimed ? { "x-forwarded-for": claimed } : {}),
        },
        body: JSON.stringify({
          locale: "en",
          buyer: { name: "Mei Lin", email: `mei-${from}@proxy.example`, country: "SG" },
          items: [{ title: "Rattan baskets", quantity: 100, unit: "pcs" }],
          incoterm: "FOB",
          destination: "Singapore",
          currency: "USD",
          message: "Price for 100?",
        }),
      })
    // five a buyer, then the sixth waits; another buyer is not affected; made-up addresses change nothing
    for (let i = 0; i < 5; i++) expect((await inquiry("127.0.0.2")).status).toBe(201)
    expect((await inquiry("127.0.0.2")).status).toBe(429)
    expect((await inquiry("127.0.0.2", "198.51.100.77")).status).toBe(429)
    expect((await inquiry("127.0.0.3")).status).toBe(201)
    // Medusa behind the same proxy reads the same address
    const health = await send(`https://localhost:${apiPort}/health`, { from: "127.0.0.3" })
    expect(health.status).toBe(200)
  })
})
