import { COURIER_CODES, countDifference, isLow, restockMessage, trackingUrl, whatsappLink } from "../rules"

describe("consignment rules", () => {
  it("links a waybill to its courier's tracking page, with the number where the page takes it", () => {
    expect(trackingUrl("dhl", "1234567890")).toBe("https://www.dhl.com/id-en/home/tracking.html?tracking-id=1234567890")
    expect(trackingUrl("fedex", "77 88")).toBe("https://www.fedex.com/fedextrack/?trknbr=77%2088")
    expect(trackingUrl("jne", "CRB123456")).toBe("https://www.jne.co.id/tracking-package")
    expect(trackingUrl("courier", "LOKAL-1")).toBe("")
    expect(COURIER_CODES).toContain("sicepat")
  })

  it("asks a reason for any difference a count finds, and none when it finds none", () => {
    expect(countDifference(50, 4)).toEqual({ difference: -46, needsReason: true })
    expect(countDifference(7, 9)).toEqual({ difference: 2, needsReason: true })
    expect(countDifference(3, 3)).toEqual({ difference: 0, needsReason: false })
  })

  it("is low at the threshold and under it", () => {
    expect(isLow(2, 2)).toBe(true)
    expect(isLow(0, 2)).toBe(true)
    expect(isLow(3, 2)).toBe(false)
  })

  it("writes a WhatsApp link for an Indonesian number in either spelling, and none for a non-number", () => {
    const text = restockMessage("Batik Wadas Arum", [{ title: "Kain Batik Tulis", available: 1 }])
    expect(text).toContain("Kain Batik Tulis: sisa 1")
    expect(whatsappLink("0812-3456-7890", text)).toMatch(/^https:\/\/wa\.me\/6281234567890\?text=Halo%20Batik/)
    expect(whatsappLink("+62 812 3456 7890", "x")).toBe("https://wa.me/6281234567890?text=x")
    expect(whatsappLink("123", "x")).toBeNull()
    expect(whatsappLink(null, "x")).toBeNull()
  })
})
