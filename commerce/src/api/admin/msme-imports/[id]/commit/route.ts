import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MSME_MODULE } from "../../../../../modules/msme"
import type MsmeModuleService from "../../../../../modules/msme/service"
import type { CommitImportBody } from "../../../../../types/msme/http"
import { commitImport } from "../../../../../workflows/msme/import/run"
import { updateImportWorkflow } from "../../../../../workflows/msme/import/workflows"
import { logFailure } from "../../helpers"

/**
 * Commits a dry run: refused while it is not ready, when it was committed already, or when rows
 * have errors and the staff member did not choose to leave them out. Runs in the background.
 */
export async function POST(req: AuthenticatedMedusaRequest<CommitImportBody>, res: MedusaResponse) {
  const msmes: MsmeModuleService = req.scope.resolve(MSME_MODULE)
  const [job] = await msmes.listMsmeImports({ id: req.params.id as string })
  if (!job) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Import ${req.params.id} was not found`)
  if (job.status === "committed")
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This import was committed already")
  if (job.status !== "ready") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This import is ${job.status}: wait for the dry run to finish`)
  }
  const errors = Number((job.summary as Record<string, number>)?.error ?? 0)
  if (errors && !req.validatedBody.skip_errors) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${errors} row(s) have errors: fix them in the file and upload it again, or commit with skip_errors to import the other rows and leave those out`,
    )
  }
  // committing from now on (the job's page shows it at once), then the batches run after the answer
  await updateImportWorkflow(req.scope).run({
    input: { id: job.id, status: "committing", processed_rows: 0, error: null },
  })
  commitImport(req.scope, { id: job.id, actor_id: req.auth_context.actor_id }).catch((error) =>
    logFailure(req.scope, `import ${job.id}: commit failed and was undone`, error),
  )
  res.status(202).json({ import: { ...job, status: "committing" } })
}
