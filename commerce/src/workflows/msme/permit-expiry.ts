import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { staffEmails } from "../../lib/staff-roles"
import { MSME_MODULE } from "../../modules/msme"
import type MsmeModuleService from "../../modules/msme/service"

/** How long ahead an MSME and the staff are told that a verified permit runs out. */
export const EXPIRY_WARNING_DAYS = 30

type PermitRow = {
  id: string
  type: string
  number: string
  status: string
  expires_at: string | null
  expiry_warned_at: string | null
  msme?: { id: string; name: string; email: string | null } | null
}

/**
 * The daily permit check: verified permits past their date become `expired` (buyers stop seeing the
 * badge; the storefront also hides expired ones the moment they expire), and those expiring within
 * 30 days are flagged once, telling the MSME and the staff so it can be renewed in time. A message
 * that cannot be sent is logged and does not stop the check.
 */
export async function checkPermitExpiry(container: MedusaContainer, now = new Date()) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const msmes: MsmeModuleService = container.resolve(MSME_MODULE)
  const { data } = await query.graph({
    entity: "msme_permit",
    fields: ["id", "type", "number", "status", "expires_at", "expiry_warned_at", "msme.id", "msme.name", "msme.email"],
    filters: { status: "verified" },
  })
  const permits = (data as unknown as PermitRow[]).filter((p) => p.expires_at)
  const expired = permits.filter((p) => new Date(p.expires_at!).getTime() <= now.getTime())
  const horizon = now.getTime() + EXPIRY_WARNING_DAYS * 24 * 3600_000
  const expiring = permits.filter(
    (p) =>
      !p.expiry_warned_at &&
      new Date(p.expires_at!).getTime() > now.getTime() &&
      new Date(p.expires_at!).getTime() <= horizon,
  )
  if (expired.length) await msmes.updateMsmePermits(expired.map((p) => ({ id: p.id, status: "expired" as const })))
  if (expiring.length) await msmes.updateMsmePermits(expiring.map((p) => ({ id: p.id, expiry_warned_at: now })))

  const notifications = container.resolve(Modules.NOTIFICATION)
  const staff = await staffEmails(container, "permit_verifier")
  const date = (iso: string) => new Date(iso).toISOString().slice(0, 10)
  const tell = async (to: string, p: PermitRow, kind: "expiring" | "expired") => {
    const text =
      kind === "expiring"
        ? `Izin ${p.type.toUpperCase()} ${p.number} (${p.msme?.name}) berakhir ${date(p.expires_at!)}: perbarui dan unggah izin baru di /mitra/izin. / This permit expires on ${date(p.expires_at!)}: renew it and upload the new one.`
        : `Izin ${p.type.toUpperCase()} ${p.number} (${p.msme?.name}) sudah berakhir ${date(p.expires_at!)} dan tidak lagi tampil sebagai terverifikasi. / This permit expired on ${date(p.expires_at!)} and no longer shows as verified.`
    try {
      await notifications.createNotifications({
        to,
        channel: "email",
        template: `permit-${kind}`,
        content: { subject: `Galeri Caruban: ${p.type.toUpperCase()} ${p.number}`, text },
        data: { permit_id: p.id, msme_id: p.msme?.id, expires_at: p.expires_at },
        idempotency_key: `permit-${kind}-${p.id}-${to}`,
      })
    } catch (error) {
      container.resolve("logger").warn(`permit ${kind} message to ${to} not sent: ${(error as Error).message}`)
    }
  }
  for (const [list, kind] of [
    [expiring, "expiring"],
    [expired, "expired"],
  ] as const) {
    for (const p of list) {
      for (const to of [...(p.msme?.email ? [p.msme.email] : []), ...staff]) await tell(to, p, kind)
    }
  }
  return { expired: expired.map((p) => p.id), expiring: expiring.map((p) => p.id) }
}
