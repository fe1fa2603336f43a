import { useQuery } from "@tanstack/react-query"
import { useInquiryAction } from "../../hooks/api/inquiries"
import { adminFetch, type InquiryDetail } from "../../lib/api"
import { field, useText } from "../../lib/text"
import { done } from "./shared"

/** Gives a line to an MSME (for free-text lines, or a second maker): its sellers then see it and offer. */
export function AssignLine({
  inquiry,
  itemId,
  current,
}: {
  inquiry: InquiryDetail
  itemId: string
  current: string | null
}) {
  const { t } = useText()
  const assign = useInquiryAction(inquiry.id, `lines/${itemId}`)
  const { data } = useQuery({
    queryKey: ["galeri-msmes-active"],
    queryFn: () =>
      adminFetch<{ msmes: { id: string; name: string; kecamatan: string }[] }>("/admin/msmes?status=active&limit=100"),
  })
  return (
    <label className="mt-1 flex items-center gap-2 text-sm">
      {t("inq.givenTo")}
      <select
        className={field}
        value={current ?? ""}
        onChange={(e) => assign.mutate({ msme_id: e.target.value || null }, done(t("inq.lineAssigned")))}
      >
        <option value="">{t("inq.productMaker")}</option>
        {(data?.msmes ?? []).map((m) => (
          <option key={m.id} value={m.id}>
            {m.name} ({m.kecamatan})
          </option>
        ))}
      </select>
    </label>
  )
}
