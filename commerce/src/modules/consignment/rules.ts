/**
 * The rules of consignment stock and shipping that need no database: the couriers the gallery and its
 * MSMEs ship with (and where a buyer tracks a parcel), what a stock count's difference is, and the
 * WhatsApp link staff use to ask an MSME to restock.
 */

export type FulfilmentMode = "gallery" | "workshop"

/**
 * Couriers by code. Where the courier has a tracking page that takes the waybill number, the link
 * carries it; otherwise it opens the courier's tracking page, where the buyer types the number shown.
 */
export const COURIERS = {
  jne: { name: "JNE", track: "https://www.jne.co.id/tracking-package" },
  jnt: { name: "J&T Express", track: "https://jet.co.id/track" },
  sicepat: { name: "SiCepat", track: "https://www.sicepat.com/checkAwb" },
  pos: { name: "Pos Indonesia", track: "https://www.posindonesia.co.id/id/tracking" },
  tiki: { name: "TIKI", track: "https://www.tiki.id/id/track" },
  anteraja: { name: "AnterAja", track: "https://anteraja.id/tracking" },
  dhl: { name: "DHL Express", track: "https://www.dhl.com/id-en/home/tracking.html?tracking-id={waybill}" },
  fedex: { name: "FedEx", track: "https://www.fedex.com/fedextrack/?trknbr={waybill}" },
  courier: { name: "Kurir lokal / Local courier", track: "" },
} as const satisfies Record<string, { name: string; track: string }>

export type CourierCode = keyof typeof COURIERS
export const COURIER_CODES = Object.keys(COURIERS) as [CourierCode, ...CourierCode[]]

/** Where a buyer follows a parcel: the courier's page, with the waybill where the page takes it. */
export function trackingUrl(courier: CourierCode, waybill: string): string {
  const { track } = COURIERS[courier]
  return track.replace("{waybill}", encodeURIComponent(waybill))
}

/** A count's effect: how far the shelf is from what the system holds, and whether a reason is owed. */
export function countDifference(expected: number, counted: number) {
  const difference = counted - expected
  return { difference, needsReason: difference !== 0 }
}

/** Whether a variant's stock has reached its MSME's restock threshold. */
export function isLow(available: number, threshold: number) {
  return available <= threshold
}

/**
 * A wa.me link with the restock message written out, for staff to send from their own WhatsApp. An
 * Indonesian number written 08... becomes 628...; a number that is not a phone number gives no link.
 */
export function whatsappLink(phone: string | null | undefined, text: string): string | null {
  let digits = (phone ?? "").replace(/[^0-9]/g, "")
  if (digits.startsWith("0")) digits = `62${digits.slice(1)}`
  if (digits.length < 9 || digits.length > 15) return null
  return `https://wa.me/${digits}?text=${encodeURIComponent(text)}`
}

/** The restock message, in Indonesian (the MSMEs' language). */
export function restockMessage(msme: string, lines: { title: string; available: number }[]) {
  const list = lines.map((l) => `- ${l.title}: sisa ${l.available}`).join("\n")
  return `Halo ${msme}, stok di Galeri Caruban menipis:\n${list}\nMohon kirim barang konsinyasi berikutnya. Terima kasih.`
}
