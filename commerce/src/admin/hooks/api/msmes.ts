import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { AdminMsmeResponse, AdminRegistryResponse } from "../../../types/msme/responses"
import { adminFetch } from "../../lib/api"

/** A page of the registry for the given filters (a query string). */
export function useRegistry(params: URLSearchParams) {
  return useQuery({
    queryKey: ["galeri-registry", params.toString()],
    queryFn: () => adminFetch<AdminRegistryResponse>(`/admin/msmes?${params}`),
    placeholderData: (previous) => previous,
  })
}

/** One MSME with everything the office follows about it. */
export function useMsme(id: string) {
  return useQuery({
    queryKey: ["galeri-msme", id],
    queryFn: () => adminFetch<AdminMsmeResponse>(`/admin/msmes/${id}`),
  })
}

/** A registry action on one MSME (POST to one of its sub-routes); the MSME and the registry are read again. */
export function useMsmeAction(id: string, action: "status" | "invitations" | "sellers" | "permits") {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: unknown) => adminFetch(`/admin/msmes/${id}/${action}`, { method: "POST", body }),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: ["galeri-msme", id] })
      client.invalidateQueries({ queryKey: ["galeri-registry"] })
    },
  })
}
