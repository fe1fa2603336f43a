import { Container, Label, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useInquiryAction } from "../../hooks/api/inquiries"
import { adminFetch, type InquiryDetail } from "../../lib/api"
import { field, useText } from "../../lib/text"
import { done } from "./shared"

export function Assign({ inquiry }: { inquiry: InquiryDetail }) {
  const { t } = useText()
  const assign = useInquiryAction(inquiry.id, "assign")
  const users = useQuery({
    queryKey: ["galeri-staff"],
    queryFn: () => adminFetch<{ users: { id: string; email: string }[] }>("/admin/staff/directory"),
  })
  return (
    <Container className="flex flex-wrap items-center gap-3">
      <Label htmlFor="assignee">{t("inq.assignedTo")}</Label>
      <select
        id="assignee"
        className={field}
        value={inquiry.assigned_to ?? ""}
        onChange={(e) => assign.mutate({ user_id: e.target.value || null }, done(t("inq.assignmentSaved")))}
      >
        <option value="">{t("inq.nobody")}</option>
        {(users.data?.users ?? []).map((u) => (
          <option key={u.id} value={u.id}>
            {u.email}
          </option>
        ))}
      </select>
      <Text size="small" className="text-ui-fg-subtle">
        {t("inq.msmes")}:{" "}
        {inquiry.msmes.map((m) => `${m.name}${m.whatsapp ? ` (WA ${m.whatsapp})` : ""}`).join(", ") || t("inq.noMsmes")}
      </Text>
    </Container>
  )
}

/** Gives a line to an MSME (for free-text lines, or a second maker): its sellers then see it and offer. */
