import { Button, Container, Heading, Label, Switch, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useInquiryAction } from "../../hooks/api/inquiries"
import type { InquiryDetail } from "../../lib/api"
import { useText } from "../../lib/text"
import { done } from "./shared"

export function Thread({ inquiry }: { inquiry: InquiryDetail }) {
  const { t } = useText()
  const post = useInquiryAction(inquiry.id, "messages")
  const [body, setBody] = useState("")
  const [internal, setInternal] = useState(false)
  return (
    <Container>
      <Heading level="h2">{t("inq.conversation")}</Heading>
      <ol className="mt-2 flex flex-col gap-2">
        {inquiry.messages.map((m) => (
          <li key={m.id} className={`rounded-md p-2 ${m.internal ? "bg-ui-bg-highlight" : "bg-ui-bg-subtle"}`}>
            <Text size="small" className="text-ui-fg-subtle">
              {m.author_name} ({m.author_type}) · {new Date(m.created_at).toLocaleString()}
              {m.internal ? ` · ${t("inq.internalNote")}` : ""}
            </Text>
            <Text className="whitespace-pre-wrap">{m.body}</Text>
          </li>
        ))}
      </ol>
      <form
        className="mt-3 flex flex-col gap-2"
        onSubmit={(e) => {
          e.preventDefault()
          post.mutate(
            { body, internal },
            { ...done(internal ? t("inq.noteSaved") : t("inq.replySent")), onSettled: () => setBody("") },
          )
        }}
      >
        <Label htmlFor="reply">{t("inq.replyLabel")}</Label>
        <Textarea id="reply" value={body} onChange={(e) => setBody(e.target.value)} required maxLength={4000} />
        <div className="flex items-center gap-2">
          <Switch id="internal" checked={internal} onCheckedChange={setInternal} />
          <Label htmlFor="internal">{t("inq.internalLabel")}</Label>
          <Button size="small" type="submit" disabled={!body.trim()}>
            {internal ? t("inq.saveNote") : t("inq.sendReply")}
          </Button>
        </div>
      </form>
    </Container>
  )
}
