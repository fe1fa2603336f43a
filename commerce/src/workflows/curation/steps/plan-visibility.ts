import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { shouldBeVisible } from "../../../modules/curation/visibility"
import { readVisibilityFacts } from "./read-visibility-facts"

export const planVisibilityStepId = "plan-product-visibility"

export type VisibilityPlan = { id: string; status: "published" | "draft" }[]

/** Reads curation and MSME state and says which products must be published or taken down. No side effect. */
export const planVisibilityStep = createStep(planVisibilityStepId, async (productIds: string[], { container }) => {
  const facts = await readVisibilityFacts(container, productIds)
  const plan: VisibilityPlan = []
  for (const fact of facts) {
    const wanted = shouldBeVisible(fact) ? "published" : "draft"
    if (fact.status !== wanted && !(wanted === "draft" && fact.status !== "published"))
      plan.push({ id: fact.id, status: wanted })
  }
  return new StepResponse(plan)
})
