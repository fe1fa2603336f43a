import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminPermitQueueResponse, AdminPermitRow } from "../../../types/msme/responses"
import { EXPIRY_WARNING_DAYS } from "../../../workflows/msme/permit-expiry"
import type { PermitQueueQuery } from "./validators"

type Row = Omit<AdminPermitRow, "expiring_soon"> & { document_upload_id: string | null }

/**
 * The permit queue: pending permits oldest first, with the uploaded document and the MSME; also
 * `expiring` (verified, running out within 30 days, soonest first), verified, rejected and expired.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminPermitQueueResponse>) {
  const { status, limit, offset } = req.validatedQuery as unknown as PermitQueueQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const horizon = new Date(Date.now() + EXPIRY_WARNING_DAYS * 24 * 3600_000)
  // filtered, ordered and paged in the database: pending oldest first, expiring soonest first
  const { data, metadata } = await query.graph({
    entity: "msme_permit",
    fields: [
      "id",
      "type",
      "number",
      "status",
      "issued_at",
      "expires_at",
      "document_url",
      "document_upload_id",
      "created_at",
      "verified_at",
      "verified_by",
      "rejection_reason",
      "expiry_warned_at",
      "msme.id",
      "msme.handle",
      "msme.name",
      "msme.kecamatan",
      "msme.status",
    ],
    filters:
      status === "expiring"
        ? { status: "verified", expires_at: { $lte: horizon } }
        : { status: status as "pending" | "verified" | "rejected" | "expired" },
    pagination: {
      take: limit,
      skip: offset,
      order: status === "expiring" ? { expires_at: "ASC" } : { created_at: "ASC" },
    },
  })
  const permits = data as unknown as Row[]
  res.json({
    permits: permits.map(({ document_upload_id, ...p }) => ({
      ...p,
      // an uploaded document is private: staff open it through the authenticated document route
      document_url: document_upload_id ? `/admin/permits/${p.id}/document` : p.document_url,
      expiring_soon: Boolean(p.status === "verified" && p.expires_at && new Date(p.expires_at) <= horizon),
    })),
    count: metadata?.count ?? permits.length,
    limit,
    offset,
  })
}
