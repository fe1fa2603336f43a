import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { type CaseChange, changeCasesStep, type OpenCaseInput, openCasesStep } from "./steps"

/** Opens facilitation cases, one per MSME and missing permit (in bulk from the registry). */
export const openFacilitationCasesWorkflow = createWorkflow(
  "open-facilitation-cases",
  (input: { cases: OpenCaseInput[] }) => {
    const cases = openCasesStep(input.cases)
    emitEventStep({
      eventName: "facilitation.opened",
      data: transform({ cases }, ({ cases }) => ({ ids: cases.map((c) => c.id) })),
    })
    return new WorkflowResponse(cases)
  },
)

/** A facilitator moves a case on (status, officer, next step and date, a note); its history keeps each change. */
export const changeFacilitationCaseWorkflow = createWorkflow("change-facilitation-case", (input: CaseChange) => {
  const updated = changeCasesStep(transform({ input }, ({ input }) => [input]))
  return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]!))
})
