import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { OFFICE_MODULE } from "../../../../modules/office"
import type OfficeModuleService from "../../../../modules/office/service"
import type { SetTargetsBody } from "../../../../types/office/http"
import { setOfficeTargetsWorkflow } from "../../../../workflows/office/set-targets"

/** An administrator sets the year's targets (null clears one); the dashboard shows progress against them. */
export async function POST(req: AuthenticatedMedusaRequest<SetTargetsBody>, res: MedusaResponse) {
  await setOfficeTargetsWorkflow(req.scope).run({
    input: {
      year: req.validatedBody.year,
      targets: req.validatedBody.targets as Record<string, number | null>,
      set_by: req.auth_context.actor_id,
    },
  })
  const office: OfficeModuleService = req.scope.resolve(OFFICE_MODULE)
  res.json({ targets: await office.listOfficeTargets({ year: req.validatedBody.year }) })
}
