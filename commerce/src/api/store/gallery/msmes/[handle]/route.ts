import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { verifiedPermits } from "../../../../../modules/msme/permits"
import type { StoreMsmeProfile, StoreMsmeResponse } from "../../../../../types/msme/responses"

type Row = Omit<StoreMsmeProfile, "verified_permits"> & {
  status: string
  permits?: { type: string; number: string; status: string; expires_at: string | null }[]
}

/** An active MSME's public profile: story, village, verified permits. Pending or suspended MSMEs are not found. */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreMsmeResponse>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "msme",
    fields: [
      "handle",
      "name",
      "sector",
      "craft",
      "kecamatan",
      "desa",
      "story_id",
      "story_en",
      "whatsapp",
      "image_url",
      "established_year",
      "employees",
      "status",
      "permits.type",
      "permits.number",
      "permits.status",
      "permits.expires_at",
    ],
    filters: { handle: req.params.handle as string },
  })
  const msme = data[0] as Row | undefined
  if (msme?.status !== "active")
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `MSME ${req.params.handle} was not found`)
  const { status: _status, permits, ...profile } = msme
  res.setHeader("Cache-Control", "public, max-age=60")
  res.json({
    msme: {
      ...profile,
      verified_permits: verifiedPermits(permits),
    },
  })
}
