import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const registerSignInStepId = "register-seller-sign-in"

/** Creates the email + password sign-in of a seller account that staff open. Undone by deleting it. */
export const registerSignInStep = createStep(
  registerSignInStepId,
  async (input: { email: string; password: string }, { container }) => {
    const auth = (container as MedusaContainer).resolve(Modules.AUTH)
    const { success, authIdentity, error } = await auth.register("emailpass", {
      body: { email: input.email.toLowerCase(), password: input.password },
    })
    if (!success || !authIdentity) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The sign-in could not be created: ${error ?? "unknown reason"}`,
      )
    }
    return new StepResponse({ auth_identity_id: authIdentity.id }, authIdentity.id)
  },
  async (id, { container }) => {
    if (!id) return
    await (container as MedusaContainer).resolve(Modules.AUTH).deleteAuthIdentities([id])
  },
)
