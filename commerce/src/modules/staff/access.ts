/**
 * Who on the gallery's staff may call which `/admin` route: an allow-list per role over every route
 * Medusa mounts under /admin, its own core routes included. The first rule that matches a request
 * decides; a route no rule names is for administrators only (the middleware fails closed), and a
 * test enumerates the mounted routes so that a route added later without a rule fails it.
 *
 * Roles: administrators may do everything, including giving roles and changing the MSME registry;
 * curators review and feature products; permit verifiers verify permits; mediators handle export
 * inquiries; facilitators run permit facilitation cases; officers read the registry and the
 * office's targets without changing anything; stock keepers pick, pack and ship the gallery's
 * orders, receive MSMEs' consignment deliveries and count the stock. A staff account without any role may only sign in
 * and read its own profile until an administrator gives it one.
 */
export const STAFF_ROLES = [
  "admin",
  "curator",
  "permit_verifier",
  "mediator",
  "facilitator",
  "officer",
  "stockkeeper",
] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

export const ROLE_NAMES: Record<StaffRole, string> = {
  admin: "an administrator",
  curator: "a curator",
  permit_verifier: "a permit verifier",
  mediator: "an inquiry mediator",
  facilitator: "a permit facilitator",
  officer: "an office officer",
  stockkeeper: "a stock keeper",
}

type Method = "GET" | "POST" | "DELETE"

/**
 * `path`: segments, `:name` for one segment, a trailing `*` for the rest (or nothing).
 * `who`: "public" (no staff sign-in needed: the route authenticates itself), "staff" (any signed-in
 * staff account, even without roles), "self" (staff acting on their own user id, the `:id`), or roles
 * (administrators always included).
 */
export type AccessRule = {
  path: string
  methods?: readonly Method[]
  who: "public" | "staff" | "self" | readonly StaffRole[]
}

const READ = ["GET"] as const

/** Medusa's core /admin resources that only administrators touch (everything not granted above them). */
const MEDUSA_ADMIN_ONLY = [
  "api-keys",
  "campaigns",
  "claims",
  "collections",
  "currencies",
  "customer-groups",
  "customers",
  "draft-orders",
  "exchanges",
  "feature-flags",
  "fulfillment-providers",
  "fulfillment-sets",
  "fulfillments",
  "index",
  "inventory-items",
  "invites",
  "layouts",
  "locales",
  "notifications",
  "order-changes",
  "order-edits",
  "orders",
  "payment-collections",
  "payments",
  "plugins",
  "price-lists",
  "price-preferences",
  "product-categories",
  "product-options",
  "product-tags",
  "product-types",
  "product-variants",
  "products",
  "promotions",
  "property-labels",
  "rbac",
  "refund-reasons",
  "regions",
  "reservations",
  "return-reasons",
  "returns",
  "sales-channels",
  "search",
  "search-indexes",
  "shipping-option-types",
  "shipping-options",
  "shipping-profiles",
  "stock-locations",
  "stores",
  "tax-providers",
  "tax-rates",
  "tax-regions",
  "translations",
  "uploads",
  "users",
  "views",
  "workflows-executions",
] as const

/** The gallery's own /admin resources that only administrators touch. */
const GALLERY_ADMIN_ONLY = ["msmes", "msme-imports", "office", "staff"] as const

export const ADMIN_ROUTE_RULES: readonly AccessRule[] = [
  // accepting an invitation authenticates with the invitee's registration token (Medusa checks it)
  { path: "/admin/invites/accept", methods: ["POST"], who: "public" },
  // read by Medusa Admin before sign-in
  { path: "/admin/feature-flags", methods: READ, who: "public" },

  // what Medusa Admin reads to show any page, and one's own profile
  { path: "/admin/users/me", methods: READ, who: "staff" },
  { path: "/admin/users/:id", methods: ["POST"], who: "self" },
  { path: "/admin/stores*", methods: READ, who: "staff" },
  { path: "/admin/locales*", methods: READ, who: "staff" },
  { path: "/admin/currencies*", methods: READ, who: "staff" },
  { path: "/admin/notifications*", methods: READ, who: "staff" },
  { path: "/admin/views*", methods: READ, who: "staff" },
  // colleagues' names and emails (histories, assigning an inquiry), without their roles
  { path: "/admin/staff/directory", methods: READ, who: "staff" },

  // curation and featuring
  { path: "/admin/curation*", who: ["curator"] },
  { path: "/admin/products/:id/curation", who: ["curator"] },
  { path: "/admin/products/:id/revision", who: ["curator"] },
  { path: "/admin/featured*", who: ["curator"] },
  // the showroom's shelf tags (a PDF of the chosen products): curators, and stock keepers who fill the shelves
  { path: "/admin/shelf-tags*", methods: READ, who: ["curator", "stockkeeper"] },
  // the catalog, read-only, for those who judge products or answer buyers about them
  { path: "/admin/products*", methods: READ, who: ["curator", "mediator"] },
  { path: "/admin/product-variants*", methods: READ, who: ["curator", "mediator"] },
  { path: "/admin/product-categories*", methods: READ, who: ["curator", "mediator"] },
  { path: "/admin/collections*", methods: READ, who: ["curator", "mediator"] },
  { path: "/admin/product-tags*", methods: READ, who: ["curator", "mediator"] },
  { path: "/admin/product-types*", methods: READ, who: ["curator", "mediator"] },
  { path: "/admin/sales-channels*", methods: READ, who: ["curator", "mediator"] },
  { path: "/admin/regions*", methods: READ, who: ["curator", "mediator"] },

  // permits: the queue, the decision and the private documents
  { path: "/admin/permits*", who: ["permit_verifier"] },

  // export inquiries, and the draft orders and orders accepted quotes become (read-only)
  { path: "/admin/inquiries*", who: ["mediator"] },
  { path: "/admin/draft-orders*", methods: READ, who: ["mediator"] },
  { path: "/admin/orders*", methods: READ, who: ["mediator"] },

  // the office's console: the MSME registry and the targets are read by every role that reports
  // (officers, facilitators); changing the registry and setting targets stays with administrators
  { path: "/admin/msmes*", methods: READ, who: ["officer", "facilitator"] },
  { path: "/admin/office*", methods: READ, who: ["officer", "facilitator"] },
  // permit facilitation: facilitators run the cases, officers read them
  { path: "/admin/facilitation*", methods: READ, who: ["facilitator", "officer"] },
  { path: "/admin/facilitation*", who: ["facilitator"] },
  // what MSMEs are owed and paid (bank accounts among it): administrators only
  { path: "/admin/ledger*", who: ["admin"] },
  // the gallery's stock and shipments: pick list, packing slips, waybills, goods received, counts
  { path: "/admin/consignment*", who: ["stockkeeper"] },

  // everything else: administrators only, named resource by resource so the route test can tell a
  // route nobody classified from one that is meant for administrators
  ...[...GALLERY_ADMIN_ONLY, ...MEDUSA_ADMIN_ONLY].map((name) => ({
    path: `/admin/${name}*`,
    who: ["admin"] as const,
  })),
]

type Compiled = AccessRule & { regex: RegExp; params: string[] }

const escapeRegex = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")

function compile(rule: AccessRule): Compiled {
  const params: string[] = []
  const wildcard = rule.path.endsWith("*")
  const body = (wildcard ? rule.path.slice(0, -1) : rule.path)
    .split("/")
    .map((segment) => {
      if (segment.startsWith(":")) {
        params.push(segment.slice(1))
        return "([^/]+)"
      }
      return escapeRegex(segment)
    })
    .join("/")
  // case-insensitive, as Express routes
  return { ...rule, params, regex: new RegExp(`^${body}${wildcard ? "(?:[/?].*)?" : ""}$`, "i") }
}

const COMPILED = ADMIN_ROUTE_RULES.map(compile)

/**
 * Express routes case-insensitively and ignores one trailing slash: the path is read the same way
 * here, so `/ADMIN/Users/x/` meets the same rule as `/admin/users/x`.
 */
export function normalizeAdminPath(path: string): string {
  const bare = path.split("?")[0]!
  return bare.length > 1 && bare.endsWith("/") ? bare.slice(0, -1) : bare
}

const decodeSegment = (segment: string) => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

export type AccessMatch = { rule: AccessRule | null; params: Record<string, string> }

/** The rule for a request (null: no rule names the route; it is then for administrators only). */
export function matchAdminRule(method: string, rawPath: string): AccessMatch {
  const path = normalizeAdminPath(rawPath)
  const verb = method.toUpperCase() === "HEAD" ? "GET" : method.toUpperCase()
  for (const rule of COMPILED) {
    if (rule.methods && !rule.methods.includes(verb as Method)) continue
    const found = rule.regex.exec(path)
    if (!found) continue
    const params = Object.fromEntries(rule.params.map((name, i) => [name, decodeSegment(found[i + 1]!)]))
    return { rule, params }
  }
  return { rule: null, params: {} }
}

export type StaffActor = { kind: "user"; id: string; roles: readonly StaffRole[] } | { kind: "api-key" }

export type AccessDecision = { allowed: true } | { allowed: false; who: string }

/** Whether a signed-in staff actor may make this request, and if not, who may. */
export function decideAdminAccess(actor: StaffActor, method: string, path: string): AccessDecision {
  return decide(actor, matchAdminRule(method, path))
}

/** The same decision for a rule already matched (the middleware matches once per request). */
export function decide(actor: StaffActor, { rule, params }: AccessMatch): AccessDecision {
  const who = rule?.who ?? (["admin"] as const)
  if (who === "public") return { allowed: true }
  // secret API keys are made by administrators and act for them
  if (actor.kind === "api-key" || actor.roles.includes("admin")) return { allowed: true }
  if (who === "staff") return { allowed: true }
  if (who === "self") {
    return params.id === actor.id
      ? { allowed: true }
      : { allowed: false, who: "an administrator (or the user themself)" }
  }
  if (who.some((role) => actor.roles.includes(role))) return { allowed: true }
  return { allowed: false, who: describeRoles(who) }
}

export function describeRoles(roles: readonly StaffRole[]): string {
  const names = roles.filter((r) => r !== "admin").map((r) => ROLE_NAMES[r])
  return [...names, ROLE_NAMES.admin].join(" or ")
}
