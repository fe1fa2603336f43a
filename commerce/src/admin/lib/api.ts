import Medusa from "@medusajs/js-sdk"

export type {
  AdminInquiryDetail as InquiryDetail,
  AdminInquiryRow as InquiryRow,
} from "../../types/export-inquiry/responses"

/**
 * Medusa Admin's one client for the gallery's own admin routes: Medusa's JS SDK with the admin's
 * session cookie (same origin), as Medusa's dashboard and the B2B starter call theirs. Errors are
 * the SDK's FetchError, carrying Medusa's message so staff read what went wrong.
 */
export const sdk = new Medusa({ baseUrl: "/", auth: { type: "session" } })

/** A typed call through the SDK (GET, or POST/DELETE with a JSON body). */
export function adminFetch<T>(path: string, init?: { method?: string; body?: unknown }): Promise<T> {
  return sdk.client.fetch<T>(path, {
    method: init?.method ?? "GET",
    ...(init?.body === undefined ? {} : { body: init.body }),
  })
}

export const STATUS_COLOR: Record<string, "grey" | "blue" | "orange" | "green" | "red" | "purple"> = {
  submitted: "blue",
  in_review: "orange",
  quoted: "purple",
  accepted: "green",
  declined: "red",
  expired: "grey",
}
