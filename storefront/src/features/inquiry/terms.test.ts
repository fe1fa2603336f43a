import * as medusa from "@galeri/commerce/contracts"
import { describe, expect, it } from "vitest"
import { INCOTERMS, INQUIRY_CURRENCIES, INQUIRY_LABELS } from "../../i18n/ui"

/** The form offers exactly the choices Medusa's inquiry API accepts, each labelled in both languages. */
describe("export inquiry choices", () => {
  it("match the commerce module's terms", () => {
    const sorted = (xs: readonly string[]) => [...xs].sort()
    expect(sorted(INCOTERMS)).toEqual(sorted(medusa.INCOTERMS))
    expect(sorted(INQUIRY_CURRENCIES)).toEqual(sorted(medusa.INQUIRY_CURRENCIES))
    expect(INQUIRY_CURRENCIES.slice(0, 3)).toEqual(["USD", "SGD", "MYR"])
    expect(sorted(Object.keys(INQUIRY_LABELS.unit))).toEqual(sorted(medusa.UNITS))
    expect(sorted(Object.keys(INQUIRY_LABELS.certificate))).toEqual(sorted(medusa.CERTIFICATES))
    expect(sorted(Object.keys(INQUIRY_LABELS.status))).toEqual(sorted(medusa.INQUIRY_STATUSES))
    expect(sorted(Object.keys(INQUIRY_LABELS.actor))).toEqual(sorted(medusa.ACTOR_TYPES))
  })
})
