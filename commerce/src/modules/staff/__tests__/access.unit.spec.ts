import { decideAdminAccess, matchAdminRule, type StaffRole } from "../access"

const user = (...roles: StaffRole[]) => ({ kind: "user" as const, id: "user_01ABC", roles })

describe("the staff allow-list", () => {
  it("gives each role its own work and nothing else, with the reason who may", () => {
    expect(decideAdminAccess(user("curator"), "POST", "/admin/curation/prod_1/review")).toEqual({ allowed: true })
    expect(decideAdminAccess(user("curator"), "GET", "/admin/products?limit=5")).toEqual({ allowed: true })
    expect(decideAdminAccess(user("curator"), "POST", "/admin/products/prod_1")).toEqual({
      allowed: false,
      who: "an administrator",
    })
    expect(decideAdminAccess(user("curator"), "GET", "/admin/permits")).toEqual({
      allowed: false,
      who: "a permit verifier or an administrator",
    })
    expect(decideAdminAccess(user("mediator"), "GET", "/admin/orders/order_1")).toEqual({ allowed: true })
    expect(decideAdminAccess(user("mediator"), "POST", "/admin/orders/order_1/cancel").allowed).toBe(false)
    expect(decideAdminAccess(user("permit_verifier"), "GET", "/admin/permits/perm_1/document").allowed).toBe(true)
    expect(decideAdminAccess(user("admin"), "POST", "/admin/api-keys").allowed).toBe(true)
    expect(decideAdminAccess({ kind: "api-key" }, "DELETE", "/admin/products/prod_1").allowed).toBe(true)
  })

  it("lets an account without a role only sign in and read its own profile", () => {
    expect(decideAdminAccess(user(), "GET", "/admin/users/me").allowed).toBe(true)
    expect(decideAdminAccess(user(), "GET", "/admin/stores").allowed).toBe(true)
    expect(decideAdminAccess(user(), "GET", "/admin/users").allowed).toBe(false)
    expect(decideAdminAccess(user(), "GET", "/admin/curation").allowed).toBe(false)
  })

  it("lets staff change their own profile only, however the path is spelled", () => {
    expect(decideAdminAccess(user("mediator"), "POST", "/admin/users/user_01ABC").allowed).toBe(true)
    expect(decideAdminAccess(user("mediator"), "POST", "/admin/users/user_01OTHER").allowed).toBe(false)
    expect(decideAdminAccess(user("mediator"), "POST", "/ADMIN/USERS/user_01OTHER/").allowed).toBe(false)
    expect(decideAdminAccess(user("mediator"), "POST", "/admin/invites").allowed).toBe(false)
    expect(decideAdminAccess(user("mediator"), "POST", "/admin/staff/user_01ABC/roles").allowed).toBe(false)
  })

  it("reads HEAD as GET, and keeps routes nobody named for administrators", () => {
    expect(decideAdminAccess(user("curator"), "HEAD", "/admin/products").allowed).toBe(true)
    expect(matchAdminRule("GET", "/admin/some-new-thing").rule).toBeNull()
    expect(decideAdminAccess(user("curator", "mediator", "permit_verifier"), "GET", "/admin/some-new-thing")).toEqual({
      allowed: false,
      who: "an administrator",
    })
    expect(matchAdminRule("POST", "/admin/invites/accept").rule?.who).toBe("public")
  })
})
