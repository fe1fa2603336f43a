import { Button, Input } from "@medusajs/ui"
import { useState } from "react"
import { useInquiryAction } from "../../hooks/api/inquiries"
import type { InquiryDetail } from "../../lib/api"
import { useText } from "../../lib/text"
import { done } from "./shared"

export function StatusActions({ inquiry }: { inquiry: InquiryDetail }) {
  const { t } = useText()
  const move = useInquiryAction(inquiry.id, "status")
  const [note, setNote] = useState("")
  if (["accepted", "declined", "expired"].includes(inquiry.status)) return null
  return (
    <div className="flex flex-wrap items-end gap-2">
      {inquiry.status === "submitted" && (
        <Button size="small" onClick={() => move.mutate({ to: "in_review" }, done(t("inq.inReview")))}>
          {t("inq.takeReview")}
        </Button>
      )}
      <Input
        size="small"
        aria-label={t("inq.declineReason")}
        placeholder={t("inq.declinePlaceholder")}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <Button
        size="small"
        variant="danger"
        disabled={!note.trim()}
        onClick={() => move.mutate({ to: "declined", note }, done(t("inq.declined")))}
      >
        {t("inq.decline")}
      </Button>
    </div>
  )
}
