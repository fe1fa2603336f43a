import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  createHook,
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { PlannedNotification } from "../../types/notification"
import { sendNotificationsStep } from "../notifications/steps/send-notifications"
import { staffEmails } from "../staff/staff-roles"
import { updatePermitsStep } from "./steps/update-permits"

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

type Plan = { now: string; expired: PermitRow[]; expiring: PermitRow[] }

/** Which verified permits have run out, and which run out within 30 days and were not flagged yet. No side effect. */
const planPermitExpiryStep = createStep("plan-permit-expiry", async ({ at }: { at: string }, { container }) => {
  const query = (container as MedusaContainer).resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "msme_permit",
    fields: ["id", "type", "number", "status", "expires_at", "expiry_warned_at", "msme.id", "msme.name", "msme.email"],
    filters: { status: "verified" },
  })
  const now = new Date(at).getTime()
  const horizon = now + EXPIRY_WARNING_DAYS * 24 * 3600_000
  const dated = (data as unknown as PermitRow[]).filter((p) => p.expires_at)
  const time = (p: PermitRow) => new Date(p.expires_at!).getTime()
  return new StepResponse<Plan>({
    now: at,
    expired: dated.filter((p) => time(p) <= now),
    expiring: dated.filter((p) => !p.expiry_warned_at && time(p) > now && time(p) <= horizon),
  })
})

/**
 * Plans what the MSME and the permit verifiers are told, once per permit and kind (idempotency keys);
 * sent the gallery's one way. A message that cannot be sent is logged and does not undo the check:
 * the permit's state is what buyers rely on.
 */
const planPermitExpiryMessagesStep = createStep("plan-permit-expiry-messages", async (plan: Plan, { container }) => {
  const staff = await staffEmails(container as MedusaContainer, "permit_verifier")
  const date = (iso: string) => new Date(iso).toISOString().slice(0, 10)
  const messages: PlannedNotification[] = []
  for (const [list, kind] of [
    [plan.expiring, "expiring"],
    [plan.expired, "expired"],
  ] as const) {
    for (const p of list) {
      const text =
        kind === "expiring"
          ? `Izin ${p.type.toUpperCase()} ${p.number} (${p.msme?.name}) berakhir ${date(p.expires_at!)}: perbarui dan unggah izin baru di /mitra/izin. / This permit expires on ${date(p.expires_at!)}: renew it and upload the new one.`
          : `Izin ${p.type.toUpperCase()} ${p.number} (${p.msme?.name}) sudah berakhir ${date(p.expires_at!)} dan tidak lagi tampil sebagai terverifikasi. / This permit expired on ${date(p.expires_at!)} and no longer shows as verified.`
      for (const to of [...(p.msme?.email ? [p.msme.email] : []), ...staff]) {
        messages.push({
          to,
          channel: "email",
          template: `permit-${kind}`,
          content: { subject: `Galeri Caruban: ${p.type.toUpperCase()} ${p.number}`, text },
          data: { permit_id: p.id, msme_id: p.msme?.id, expires_at: p.expires_at },
          idempotency_key: `permit-${kind}-${p.id}-${to}`,
        })
      }
    }
  }
  return new StepResponse({ messages, on_failure: "log" as const })
})

/**
 * The daily permit check: verified permits past their date become `expired` (buyers stop seeing the
 * badge; the storefront already hides a permit the moment it expires), and those expiring within 30
 * days are flagged once and the MSME and the permit verifiers are told, so it is renewed in time.
 */
export const checkPermitExpiryWorkflow = createWorkflow("check-msme-permit-expiry", (input: { at: string }) => {
  const plan = planPermitExpiryStep(input)
  // run-out permits expire, soon-expiring ones are flagged (told once); undone on failure
  updatePermitsStep(
    transform({ plan }, ({ plan }) => [
      ...plan.expired.map((p) => ({ id: p.id, status: "expired" })),
      ...plan.expiring.map((p) => ({ id: p.id, expiry_warned_at: new Date(plan.now) })),
    ]),
  )
  const applied = transform({ plan }, ({ plan }) => ({
    expired: plan.expired.map((p) => p.id),
    expiring: plan.expiring.map((p) => p.id),
  }))
  const permitsExpired = createHook("permitsExpired", { expired: applied.expired, expiring: applied.expiring })
  sendNotificationsStep(planPermitExpiryMessagesStep(plan))
  return new WorkflowResponse(applied, { hooks: [permitsExpired] })
})

export async function checkPermitExpiry(container: MedusaContainer, now = new Date()) {
  const { result, errors } = await checkPermitExpiryWorkflow(container).run({
    input: { at: now.toISOString() },
    throwOnError: false,
  })
  // a failed check has been undone step by step; the job reports it (and runs again tomorrow)
  if (errors.length) {
    const reason = (errors[0]!.error as { message?: string } | undefined)?.message ?? "unknown error"
    throw new Error(`The permit check failed and was undone (${reason}); it runs again with the next schedule.`)
  }
  return result
}
