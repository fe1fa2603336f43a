import { Button, Input, Label, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import type { AdminMsmeResponse } from "../../../types/msme/responses"
import { useMsmeAction } from "../../hooks/api/msmes"
import { field, useText } from "../../lib/text"
import { Section } from "./sections"

const PERMIT_TYPES = ["nib", "npwp", "halal", "pirt", "bpom_md", "bpom_ml", "sni", "trademark"] as const

/** A small form whose submit runs one registry action and says what happened (Medusa's words when refused). */
function useAction(id: string, action: "status" | "invitations" | "sellers" | "permits", done: string) {
  const mutation = useMutation(id, action)
  return {
    pending: mutation.isPending,
    run: (body: unknown, after?: () => void) =>
      mutation.mutate(body, {
        onSuccess: () => {
          toast.success(done)
          after?.()
        },
        onError: (error) => toast.error((error as Error).message),
      }),
  }
}
const useMutation = useMsmeAction

/** Activate or suspend, with the reason (administrators only; the API refuses others and says so). */
export function StatusActions({ msme }: { msme: AdminMsmeResponse["msme"] }) {
  const { t } = useText()
  const [reason, setReason] = useState("")
  const action = useAction(msme.id, "status", t("msme.statusSaved"))
  const to = msme.status === "active" ? "suspended" : "active"
  return (
    <Section title={t("msme.statusActions")}>
      <form
        className="flex max-w-xl flex-col gap-2"
        onSubmit={(e) => {
          e.preventDefault()
          if (!reason.trim()) return toast.error(t("msme.reasonNeeded"))
          action.run({ status: to, reason: reason.trim() }, () => setReason(""))
        }}
      >
        <Label htmlFor="msme-reason">{t("msme.reason")}</Label>
        <Textarea id="msme-reason" value={reason} onChange={(e) => setReason(e.target.value)} rows={2} />
        <div>
          <Button
            type="submit"
            size="small"
            variant={to === "suspended" ? "danger" : "primary"}
            isLoading={action.pending}
          >
            {to === "suspended" ? t("msme.suspend") : t("msme.activate")}
          </Button>
        </div>
      </form>
    </Section>
  )
}

/** Invite a seller, open a staff-assisted account, record a permit for verification. */
export function RegistryActions({ msme }: { msme: AdminMsmeResponse["msme"] }) {
  const { t } = useText()
  const invite = useAction(msme.id, "invitations", t("msme.invited"))
  const account = useAction(msme.id, "sellers", t("msme.accountOpened"))
  const permit = useAction(msme.id, "permits", t("msme.permitRecorded"))
  const [inv, setInv] = useState({ name: "", email: "" })
  const [acc, setAcc] = useState({ name: "", email: "", password: "" })
  const [per, setPer] = useState({ type: "nib", number: "" })
  return (
    <div className="grid gap-0 md:grid-cols-3">
      <Section title={t("msme.inviteSeller")}>
        <form
          className="flex flex-col gap-2"
          onSubmit={(e) => {
            e.preventDefault()
            invite.run(inv, () => setInv({ name: "", email: "" }))
          }}
        >
          <Label htmlFor="inv-name">{t("msme.inviteName")}</Label>
          <Input
            id="inv-name"
            size="small"
            value={inv.name}
            onChange={(e) => setInv({ ...inv, name: e.target.value })}
          />
          <Label htmlFor="inv-email">{t("msme.inviteEmail")}</Label>
          <Input
            id="inv-email"
            size="small"
            type="email"
            value={inv.email}
            onChange={(e) => setInv({ ...inv, email: e.target.value })}
          />
          <div>
            <Button type="submit" size="small" variant="secondary" isLoading={invite.pending}>
              {t("msme.inviteSeller")}
            </Button>
          </div>
        </form>
      </Section>
      <Section title={t("msme.openAccount")}>
        <form
          className="flex flex-col gap-2"
          onSubmit={(e) => {
            e.preventDefault()
            account.run(acc, () => setAcc({ name: "", email: "", password: "" }))
          }}
        >
          <Label htmlFor="acc-name">{t("msme.inviteName")}</Label>
          <Input
            id="acc-name"
            size="small"
            value={acc.name}
            onChange={(e) => setAcc({ ...acc, name: e.target.value })}
          />
          <Label htmlFor="acc-email">{t("msme.inviteEmail")}</Label>
          <Input
            id="acc-email"
            size="small"
            type="email"
            value={acc.email}
            onChange={(e) => setAcc({ ...acc, email: e.target.value })}
          />
          <Label htmlFor="acc-password">{t("msme.password")}</Label>
          <Input
            id="acc-password"
            size="small"
            type="text"
            autoComplete="off"
            value={acc.password}
            onChange={(e) => setAcc({ ...acc, password: e.target.value })}
          />
          <div>
            <Button type="submit" size="small" variant="secondary" isLoading={account.pending}>
              {t("msme.openAccount")}
            </Button>
          </div>
        </form>
      </Section>
      <Section title={t("msme.recordPermit")}>
        <form
          className="flex flex-col gap-2"
          onSubmit={(e) => {
            e.preventDefault()
            permit.run(per, () => setPer({ type: per.type, number: "" }))
          }}
        >
          <Label htmlFor="per-type">{t("msme.permitType")}</Label>
          <select
            id="per-type"
            className={field}
            value={per.type}
            onChange={(e) => setPer({ ...per, type: e.target.value })}
          >
            {PERMIT_TYPES.map((type) => (
              <option key={type} value={type}>
                {type.toUpperCase().replace("_", " ")}
              </option>
            ))}
          </select>
          <Label htmlFor="per-number">{t("msme.permitNumber")}</Label>
          <Input
            id="per-number"
            size="small"
            value={per.number}
            onChange={(e) => setPer({ ...per, number: e.target.value })}
          />
          <div>
            <Button type="submit" size="small" variant="secondary" isLoading={permit.pending}>
              {t("msme.recordPermit")}
            </Button>
          </div>
        </form>
      </Section>
    </div>
  )
}
