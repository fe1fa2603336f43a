import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createProductsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { shouldBeVisible, whyHidden } from "../../modules/curation/visibility"
import { readVisibilityFacts } from "../curation/steps/read-visibility-facts"

/**
 * Nothing publishes a product but curation: creating or updating a product as `published`
 * is refused (and rolled back) unless it is approved and its MSME is active.
 */
async function refuseUncuratedPublishing(container: MedusaContainer, products: { id: string; status?: string }[]) {
  const published = products.filter((p) => p.status === "published").map((p) => p.id)
  if (!published.length) return
  const facts = await readVisibilityFacts(container, published)
  const refused = facts.filter((fact) => !shouldBeVisible(fact))
  if (refused.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Products are published only through curation approval. ${refused
        .map((fact) => `Product ${fact.id} cannot be published: ${whyHidden(fact)}.`)
        .join(" ")}`,
    )
  }
}

createProductsWorkflow.hooks.productsCreated(async ({ products }, { container }) => {
  await refuseUncuratedPublishing(container, products)
})

updateProductsWorkflow.hooks.productsUpdated(async ({ products }, { container }) => {
  await refuseUncuratedPublishing(container, products)
})
