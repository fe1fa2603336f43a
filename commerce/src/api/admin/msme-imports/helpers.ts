import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

import { reason } from "../../../workflows/msme/import/run"

export { headerRow, IMPORT_MAX_BYTES, stageFile } from "../../../workflows/msme/import/files"

export function logFailure(container: MedusaContainer, what: string, error: unknown) {
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .error(`${what}: ${error instanceof Error ? (error.stack ?? error.message) : reason(error)}`)
}
