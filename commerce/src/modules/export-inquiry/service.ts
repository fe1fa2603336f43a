import { randomBytes } from "node:crypto"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { ExportInquiry } from "./models/inquiry"
import { InquiryItem } from "./models/item"
import { InquiryMessage } from "./models/message"
import { InquiryOffer } from "./models/offer"
import { InquiryQuote } from "./models/quote"
import { InquirySequence } from "./models/sequence"
import type { Currency, Incoterm, InquiryHistoryEntry, Locale, Unit } from "./terms"

/** A new inquiry as the module stores it (the workflow maps the buyer's form onto it). */
export type SubmittedInquiry = {
  year: number
  inquiry: {
    status: "submitted"
    locale: Locale
    buyer_name: string
    buyer_company: string | null
    buyer_email: string
    buyer_country: string
    buyer_phone: string | null
    incoterm: Incoterm
    destination: string
    target_price: number | null
    currency: Currency
    certificates: string[]
    sample_requested: boolean
    expected_date: Date | null
    history: { entries: InquiryHistoryEntry[] }
    submission_key: string | null
  }
  items: { title: string; description: string | null; quantity: number; unit: Unit }[]
  message: { author_type: "buyer"; author_name: string; body: string }
}

export const formatReference = (year: number, n: number) => `GC-${year}-${String(n).padStart(6, "0")}`

export default class ExportInquiryModuleService extends MedusaService({
  ExportInquiry,
  InquiryItem,
  InquiryMessage,
  InquiryOffer,
  InquiryQuote,
  InquirySequence,
}) {
  /** The next reference of the year, GC-2026-000123: one atomic upsert, so two buyers never share one. */
  @InjectTransactionManager()
  async nextReference(year: number, @MedusaContext() context: Context<EntityManager> = {}): Promise<string> {
    const rows = (await context.transactionManager!.execute(
      `insert into "export_inquiry_sequence" ("id", "last", "created_at", "updated_at")
       values (?, 1, now(), now())
       on conflict ("id") do update set "last" = "export_inquiry_sequence"."last" + 1, "updated_at" = now()
       returning "last"`,
      [String(year)],
    )) as { last: number }[]
    return formatReference(year, Number(rows[0]!.last))
  }

  /**
   * A buyer's new inquiry with its lines and first message, in one transaction (all of it is stored
   * or none). The same submission again (same `submission_key`) gives back the inquiry it made,
   * `replayed`. The reference is only drawn for a new one.
   */
  @InjectTransactionManager()
  async submitInquiry(
    input: SubmittedInquiry,
    @MedusaContext() context: Context<EntityManager> = {},
  ): Promise<{
    inquiry: { id: string; reference: string; access_token: string }
    item_ids: string[]
    replayed: boolean
  }> {
    if (input.inquiry.submission_key) {
      const [existing] = await this.listExportInquiries(
        { submission_key: input.inquiry.submission_key },
        { relations: ["items"], take: 1 },
        context,
      )
      if (existing) return { inquiry: existing, item_ids: existing.items.map((i) => i.id), replayed: true }
    }
    const reference = await this.nextReference(input.year, context)
    const created = await this.createExportInquiries(
      { ...input.inquiry, reference, access_token: this.newAccessToken() },
      context,
    )
    const items = await this.createInquiryItems(
      input.items.map((item) => ({ ...item, inquiry_id: created.id })),
      context,
    )
    await this.createInquiryMessages({ ...input.message, inquiry_id: created.id }, context)
    return { inquiry: created, item_ids: items.map((i) => i.id), replayed: false }
  }

  /** An unguessable token for the buyer's private link (256 bits, URL-safe). */
  newAccessToken(): string {
    return randomBytes(32).toString("base64url")
  }
}
