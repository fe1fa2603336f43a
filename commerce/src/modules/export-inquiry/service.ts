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

  /** An unguessable token for the buyer's private link (256 bits, URL-safe). */
  newAccessToken(): string {
    return randomBytes(32).toString("base64url")
  }
}
