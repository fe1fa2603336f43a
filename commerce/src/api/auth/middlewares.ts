import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { checkPassword } from "../../lib/password-rule"
import { clientIp, defaultStore } from "../../lib/rate-limit"

/** Failed sign-ins allowed per window: per client address, and per account (email) whatever the address. */
export const SIGN_IN_LIMITS = { perAddress: 30, perAccount: 10, windowMs: 15 * 60_000 }

const emailOf = (req: MedusaRequest) => {
  const email = (req.body as { email?: unknown } | undefined)?.email
  return typeof email === "string" ? email.trim().toLowerCase() : ""
}

/** Every registration and password change, for every actor: the password rule, before Medusa stores anything. */
function passwordRule(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const body = req.body as { password?: unknown; email?: unknown } | undefined
  const problem = checkPassword(body?.password, body?.email)
  if (problem) {
    res.status(400).json({ type: "invalid_data", code: problem.code, message: problem.message })
    return
  }
  next()
}

/**
 * Sign-in throttling for staff, sellers and customers: after too many failed attempts from one
 * address, or against one account from anywhere, further attempts get 429 with Retry-After until
 * the window ends. Only failures count, so people who sign in correctly are never slowed down.
 */
async function throttleSignIn(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const actor = String(req.params?.actor_type ?? req.path.split("/")[2] ?? "")
  const keys = [
    { key: `galeri:signin:ip:${actor}:${clientIp(req)}`, limit: SIGN_IN_LIMITS.perAddress },
    ...(emailOf(req) ? [{ key: `galeri:signin:acct:${actor}:${emailOf(req)}`, limit: SIGN_IN_LIMITS.perAccount }] : []),
  ]
  try {
    const store = defaultStore()
    const counts = await Promise.all(keys.map((k) => store.peek(k.key)))
    const blocked = counts.find((c, i) => c.count >= keys[i]!.limit)
    if (blocked) {
      const seconds = Math.max(1, Math.ceil((blocked.resetAt - Date.now()) / 1000))
      res.setHeader("Retry-After", String(seconds))
      res.status(429).json({
        type: "rate_limited",
        code: "too_many_sign_ins",
        message: `Too many failed sign-ins. Wait ${Math.ceil(seconds / 60)} minutes and try again, or reset your password.`,
      })
      return
    }
    res.on("finish", () => {
      if (res.statusCode === 401) {
        for (const k of keys) store.hit(k.key, SIGN_IN_LIMITS.windowMs).catch(() => undefined)
      }
    })
  } catch (error) {
    // a throttle that cannot count (Redis down) must not lock everyone out
    req.scope?.resolve?.("logger")?.warn?.(`sign-in throttle not applied: ${String(error)}`)
  }
  next()
}

export const authMiddlewares: MiddlewareRoute[] = [
  { matcher: "/auth/:actor_type/:auth_provider/register", method: "POST", middlewares: [passwordRule] },
  { matcher: "/auth/:actor_type/:auth_provider/update", method: "POST", middlewares: [passwordRule] },
  { matcher: "/auth/:actor_type/:auth_provider", method: "POST", middlewares: [throttleSignIn] },
]
