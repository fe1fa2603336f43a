import type { MedusaContainer } from "@medusajs/framework/types"
import { resumeInterruptedImports } from "../workflows/msme/import/run"

/** Every minute: registry imports a restart left part-way are resumed (commits) or failed with what to do (dry runs). */
export default async function resumeMsmeImportsJob(container: MedusaContainer) {
  const { resumed, failed } = await resumeInterruptedImports(container)
  if (resumed.length || failed.length)
    container
      .resolve("logger")
      .info(`registry imports after a restart: ${resumed.length} commits resumed, ${failed.length} dry runs failed`)
}

export const config = { name: "resume-msme-imports", schedule: "* * * * *" }
