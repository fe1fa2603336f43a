import type { InquiryStatus, Locale } from "./terms"

/**
 * Who hears what about an export inquiry, and in which words. Pure: the workflow step gathers the
 * inquiry, its MSMEs and the staff addresses, this decides the messages. Buyers read their own
 * language; staff and MSMEs read Indonesian.
 */
export type InquiryEvent =
  | { name: "export_inquiry.submitted"; id: string }
  | { name: "export_inquiry.quoted"; id: string; quote_id: string }
  | { name: "export_inquiry.message_added"; id: string; message_id: string; author_type: string; internal: boolean }
  | { name: "export_inquiry.status_changed"; id: string; from: InquiryStatus; to: InquiryStatus; actor_type: string }
  | { name: "export_inquiry.assigned"; id: string; assigned_to: string | null; by: string | null }

export type InquiryFacts = {
  id: string
  reference: string
  access_token: string
  locale: Locale
  status: InquiryStatus
  buyer_name: string
  buyer_company: string | null
  buyer_email: string
  buyer_country: string
  buyer_phone: string | null
  items: { title: string; quantity: number; unit: string }[]
  quote?: { currency: string; total: number; valid_until: string } | null
  message?: { author_name: string; body: string } | null
}

export type Recipients = {
  staff: string[]
  assignee: string | null
  msmes: { name: string; email: string | null }[]
}

export type OutgoingNotification = {
  to: string
  channel: "email"
  template: string
  idempotency_key: string
  data: { subject: string; text: string; reference: string; link?: string; whatsapp_url?: string }
}

export function buyerLink(storefrontUrl: string, locale: Locale, token: string): string {
  return `${storefrontUrl.replace(/\/$/, "")}/${locale === "en" ? "en/" : ""}ekspor/permintaan/${token}`
}

/** WhatsApp click-to-chat with a greeting in the buyer's language, when the buyer gave a number. */
export function whatsappUrl(inquiry: {
  buyer_phone: string | null
  buyer_name: string
  reference: string
  locale: Locale
}): string | undefined {
  const digits = (inquiry.buyer_phone ?? "").replace(/\D/g, "").replace(/^0/, "62")
  if (digits.length < 7) return undefined
  const text =
    inquiry.locale === "id"
      ? `Halo ${inquiry.buyer_name}, ini Galeri Caruban tentang permintaan Anda ${inquiry.reference}.`
      : `Hello ${inquiry.buyer_name}, this is Galeri Caruban about your inquiry ${inquiry.reference}.`
  return `https://wa.me/${digits}?text=${encodeURIComponent(text)}`
}

const BUYER = {
  en: {
    receipt: (r: string) => `We received your inquiry ${r}`,
    receiptText: (f: InquiryFacts) =>
      `Dear ${f.buyer_name},\n\nThank you for your inquiry to Galeri Caruban. Your reference is ${f.reference}.\n${lines(f)}\nOur export desk answers within two working days. Follow the conversation, read our quote and reply on your private page (keep the link to yourself):`,
    quoted: (r: string) => `Your quote for ${r} is ready`,
    quotedText: (f: InquiryFacts) =>
      `Dear ${f.buyer_name},\n\nOur quote for ${f.reference} is ready: ${f.quote?.currency} ${f.quote?.total.toLocaleString("en")} in total, valid until ${f.quote?.valid_until.slice(0, 10)}. Read it and accept or decline it on your private page:`,
    reply: (r: string) => `New reply on your inquiry ${r}`,
    replyText: (f: InquiryFacts) =>
      `Dear ${f.buyer_name},\n\n${f.message?.author_name} wrote about ${f.reference}:\n\n${f.message?.body}\n\nReply on your private page:`,
    status: (r: string) => `Update on your inquiry ${r}`,
    statusText: (f: InquiryFacts, to: InquiryStatus) =>
      `Dear ${f.buyer_name},\n\nYour inquiry ${f.reference} is now: ${EN_STATUS[to]}. Details on your private page:`,
  },
  id: {
    receipt: (r: string) => `Permintaan Anda ${r} telah kami terima`,
    receiptText: (f: InquiryFacts) =>
      `Yth. ${f.buyer_name},\n\nTerima kasih atas permintaan Anda kepada Galeri Caruban. Nomor referensi Anda ${f.reference}.\n${lines(f)}\nMeja ekspor kami menjawab dalam dua hari kerja. Ikuti percakapan, baca penawaran kami, dan balas di halaman pribadi Anda (jangan bagikan tautannya):`,
    quoted: (r: string) => `Penawaran untuk ${r} sudah siap`,
    quotedText: (f: InquiryFacts) =>
      `Yth. ${f.buyer_name},\n\nPenawaran kami untuk ${f.reference} sudah siap: total ${f.quote?.currency} ${f.quote?.total.toLocaleString("id")}, berlaku sampai ${f.quote?.valid_until.slice(0, 10)}. Baca lalu terima atau tolak di halaman pribadi Anda:`,
    reply: (r: string) => `Balasan baru untuk permintaan ${r}`,
    replyText: (f: InquiryFacts) =>
      `Yth. ${f.buyer_name},\n\n${f.message?.author_name} menulis tentang ${f.reference}:\n\n${f.message?.body}\n\nBalas di halaman pribadi Anda:`,
    status: (r: string) => `Kabar terbaru permintaan ${r}`,
    statusText: (f: InquiryFacts, to: InquiryStatus) =>
      `Yth. ${f.buyer_name},\n\nPermintaan ${f.reference} kini: ${ID_STATUS[to]}. Rinciannya di halaman pribadi Anda:`,
  },
} as const

const EN_STATUS: Record<InquiryStatus, string> = {
  submitted: "received",
  in_review: "in review by our export desk",
  quoted: "quoted",
  accepted: "accepted: we are preparing your order",
  declined: "declined",
  expired: "expired (the quote's validity ended)",
}
const ID_STATUS: Record<InquiryStatus, string> = {
  submitted: "diterima",
  in_review: "sedang ditinjau meja ekspor kami",
  quoted: "sudah ditawar",
  accepted: "diterima: pesanan Anda sedang kami siapkan",
  declined: "ditolak",
  expired: "kedaluwarsa (masa berlaku penawaran habis)",
}

const lines = (f: InquiryFacts) => f.items.map((i) => `- ${i.quantity} ${i.unit} ${i.title}`).join("\n")

export function inquiryNotifications(
  event: InquiryEvent,
  facts: InquiryFacts,
  recipients: Recipients,
  storefrontUrl: string,
): OutgoingNotification[] {
  const out: OutgoingNotification[] = []
  const link = buyerLink(storefrontUrl, facts.locale, facts.access_token)
  const words = BUYER[facts.locale]
  const chat = whatsappUrl(facts)
  const toBuyer = (kind: string, key: string, subject: string, text: string) =>
    out.push({
      to: facts.buyer_email,
      channel: "email",
      template: `export-inquiry-buyer-${kind}`,
      idempotency_key: `${key}:buyer`,
      data: { subject, text: `${text}\n${link}`, reference: facts.reference, link },
    })
  const toStaff = (addresses: string[], kind: string, key: string, subject: string, text: string) => {
    for (const to of new Set(addresses)) {
      out.push({
        to,
        channel: "email",
        template: `export-inquiry-staff-${kind}`,
        idempotency_key: `${key}:staff:${to}`,
        data: {
          subject,
          text: chat ? `${text}\nWhatsApp pembeli: ${chat}` : text,
          reference: facts.reference,
          ...(chat ? { whatsapp_url: chat } : {}),
        },
      })
    }
  }
  const buyerDesc = `${facts.buyer_name}${facts.buyer_company ? ` (${facts.buyer_company})` : ""}, ${facts.buyer_country}`
  const staffDesk = recipients.assignee ? [recipients.assignee] : recipients.staff

  switch (event.name) {
    case "export_inquiry.submitted": {
      toBuyer("receipt", `submitted:${facts.id}`, words.receipt(facts.reference), words.receiptText(facts))
      toStaff(
        recipients.staff,
        "new",
        `submitted:${facts.id}`,
        `Permintaan ekspor baru ${facts.reference} dari ${buyerDesc}`,
        `${buyerDesc} <${facts.buyer_email}> meminta:\n${lines(facts)}\nBuka Medusa Admin > Permintaan ekspor untuk meninjau.`,
      )
      for (const msme of recipients.msmes) {
        if (!msme.email) continue
        out.push({
          to: msme.email,
          channel: "email",
          template: "export-inquiry-msme-new",
          idempotency_key: `submitted:${facts.id}:msme:${msme.email}`,
          data: {
            subject: `Ada permintaan ekspor ${facts.reference} untuk produk ${msme.name}`,
            text: `Pembeli dari ${facts.buyer_country} menanyakan produk Anda:\n${lines(facts)}\nStaf galeri akan menghubungi Anda untuk harga dan kapasitas produksi.`,
            reference: facts.reference,
          },
        })
      }
      break
    }
    case "export_inquiry.quoted":
      toBuyer("quote", `quoted:${event.quote_id}`, words.quoted(facts.reference), words.quotedText(facts))
      break
    case "export_inquiry.message_added":
      if (event.internal) break
      if (event.author_type === "buyer") {
        toStaff(
          staffDesk,
          "reply",
          `message:${event.message_id}`,
          `Balasan pembeli untuk ${facts.reference}`,
          `${facts.message?.author_name} menulis:\n\n${facts.message?.body}`,
        )
      } else {
        toBuyer("reply", `message:${event.message_id}`, words.reply(facts.reference), words.replyText(facts))
      }
      break
    case "export_inquiry.status_changed":
      if (event.actor_type === "buyer") {
        toStaff(
          staffDesk,
          event.to,
          `status:${facts.id}:${event.to}`,
          `${facts.reference}: pembeli ${event.to === "accepted" ? "menerima penawaran (draft order dibuat)" : "menolak penawaran"}`,
          `${buyerDesc} ${event.to === "accepted" ? "menerima" : "menolak"} penawaran untuk ${facts.reference}.`,
        )
      } else if (event.to !== "quoted") {
        toBuyer(
          "status",
          `status:${facts.id}:${event.to}`,
          words.status(facts.reference),
          words.statusText(facts, event.to),
        )
      }
      break
    case "export_inquiry.assigned":
      if (recipients.assignee) {
        toStaff(
          [recipients.assignee],
          "assigned",
          `assigned:${facts.id}:${recipients.assignee}`,
          `${facts.reference} ditugaskan kepada Anda`,
          `Permintaan ${facts.reference} dari ${buyerDesc} kini tanggung jawab Anda.`,
        )
      }
      break
  }
  return out
}
