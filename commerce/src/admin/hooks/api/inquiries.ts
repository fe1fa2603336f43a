import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { adminFetch, type InquiryDetail } from "../../lib/api"

/** The inquiry page's data (React Query around the admin API), as Medusa's dashboard keeps its hooks. */
export function useInquiry(id: string) {
  return useQuery({
    queryKey: ["galeri-inquiry", id],
    queryFn: () => adminFetch<{ inquiry: InquiryDetail }>(`/admin/inquiries/${id}`),
  })
}

/** A staff action on one inquiry (POST to one of its sub-routes); the inquiry is read again afterwards. */
export function useInquiryAction(id: string, action: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: unknown) =>
      adminFetch<{ inquiry: InquiryDetail }>(`/admin/inquiries/${id}/${action}`, { method: "POST", body }),
    onSuccess: (data) => {
      client.setQueryData(["galeri-inquiry", id], data)
      client.invalidateQueries({ queryKey: ["galeri-inquiries"] })
    },
  })
}
