import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { verifiedPermits } from "../../../../../lib/permits"

type Row = {
  handle: string
  name: string
  sector: string
  craft: string
  kecamatan: string
  desa: string
  story_id: string
  story_en: string
  whatsapp: string | null
  image_url: string | null
  established_year: number | null
  employees: number | null
  status: string
  permits?: { type: string; number: string; status: string; expires_at: string | null }[]
}

/** An active MSME's public profile: story, village, verified permits. Pending or suspended MSMEs are not found. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
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
