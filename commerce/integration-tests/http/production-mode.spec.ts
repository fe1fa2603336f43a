import { spawnSync } from "node:child_process"
import { join } from "node:path"

jest.setTimeout(120_000)

/** Starts the real Medusa CLI in production mode and expects a refusal, not a server with default secrets. */
function startProduction(env: Record<string, string>) {
  const cli = require.resolve("@medusajs/cli/cli.js")
  const { DATABASE_URL: _d, REDIS_URL: _r, JWT_SECRET: _j, COOKIE_SECRET: _c, ...rest } = process.env
  return spawnSync(process.execPath, [cli, "start"], {
    cwd: join(__dirname, "..", ".."),
    env: { ...rest, NODE_ENV: "production", PORT: "0", ...env },
    encoding: "utf8",
    timeout: 90_000,
  })
}

describe("production mode", () => {
  it("refuses to start without JWT_SECRET and COOKIE_SECRET, and says what to set", () => {
    const result = startProduction({
      DATABASE_URL: "postgres://nobody@127.0.0.1:1/none",
      REDIS_URL: "redis://127.0.0.1:1",
    })
    const output = `${result.stdout}\n${result.stderr}`
    expect(result.status).not.toBe(0)
    expect(output).toContain("cannot start in production mode")
    expect(output).toContain("JWT_SECRET is required in production mode")
    expect(output).toContain("COOKIE_SECRET is required in production mode")
    expect(output).not.toMatch(/Server is ready/)
  })

  it("refuses to start without DATABASE_URL and REDIS_URL", () => {
    const result = startProduction({ JWT_SECRET: "s".repeat(40), COOKIE_SECRET: "c".repeat(40) })
    const output = `${result.stdout}\n${result.stderr}`
    expect(result.status).not.toBe(0)
    expect(output).toContain("DATABASE_URL is required in production mode")
    expect(output).toContain("REDIS_URL is required in production mode")
  })
})
