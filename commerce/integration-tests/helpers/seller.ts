/** The HTTP client of Medusa's integration test runner, as the seller specs use it. */
export type Api = {
  post: (url: string, body?: unknown, config?: object) => Promise<{ status: number; data: Record<string, unknown> }>
  get: (url: string, config?: object) => Promise<{ status: number; data: Record<string, unknown> }>
}

export const anyStatus = { validateStatus: () => true }
export const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` }, ...anyStatus })

/** Signs up through Medusa's auth routes and our /seller/register, then signs in: the seller's token. */
export async function signUpSeller(api: Api, email: string, business: string) {
  const reg = await api.post("/auth/seller/emailpass/register", { email, password: "Rahasia-2026!" }, anyStatus)
  expect(reg.status).toBe(200)
  const created = await api.post(
    "/seller/register",
    {
      name: `Pemilik ${business}`,
      msme: { name: business, sector: "craft", craft: "batik tulis", kecamatan: "Plered", desa: "Trusmi Wetan" },
    },
    bearer(reg.data.token as string),
  )
  expect(created.status).toBe(201)
  const login = await api.post("/auth/seller/emailpass", { email, password: "Rahasia-2026!" }, anyStatus)
  expect(login.status).toBe(200)
  return {
    token: login.data.token as string,
    registration: reg.data.token as string,
    msme: created.data.msme as { id: string; status: string; handle: string },
  }
}

/** A seller of an existing MSME (a demo one), as staff invite them: invitation, sign-up, acceptance, sign-in. */
export async function sellerOf(api: Api, staff: { headers: Record<string, string> }, msmeId: string, email: string) {
  const invited = await api.post(
    `/admin/msmes/${msmeId}/invitations`,
    { email, name: "Penjual Undangan" },
    { headers: staff.headers, ...anyStatus },
  )
  expect(invited.status).toBe(201)
  const token = String(invited.data.link).split("/").pop()!
  const reg = await api.post("/auth/seller/emailpass/register", { email, password: "Rahasia-2026!" }, anyStatus)
  const accepted = await api.post(
    "/seller/invitations/accept",
    { token, name: "Penjual" },
    bearer(reg.data.token as string),
  )
  expect(accepted.status).toBe(201)
  const login = await api.post("/auth/seller/emailpass", { email, password: "Rahasia-2026!" }, anyStatus)
  return login.data.token as string
}
