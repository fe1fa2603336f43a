import { z } from "@medusajs/framework/zod"
import { pageFields } from "../paging"

/** A consignment agreement as staff enter it: commission in percent with at most two decimals (15.5 = 1550 bps). */
export const AgreementBody = z
  .object({
    msme_id: z.string().regex(/^msme_[0-9A-Z]{10,40}$/, "msme_id is an MSME's id (msme_...)"),
    commission_percent: z
      .number({ error: "commission_percent is a number from 0 to 100" })
      .min(0, "the commission is at least 0%")
      .max(100, "the commission is at most 100%")
      .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, "the commission has at most two decimals"),
    starts_on: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "starts_on is a date, YYYY-MM-DD")
      .refine((d) => !Number.isNaN(new Date(`${d}T00:00:00Z`).getTime()), "starts_on is not a real date"),
    bank_name: z.string().trim().min(2).max(80).optional(),
    bank_account: z
      .string()
      .trim()
      .regex(/^[0-9 -]{6,34}$/, "bank_account is the account number: 6 to 34 digits")
      .optional(),
    bank_holder: z.string().trim().min(2).max(120).optional(),
  })
  .strict()
export type AgreementBody = z.infer<typeof AgreementBody>

export const PayoutBatchBody = z
  .object({
    msme_ids: z
      .array(z.string().regex(/^msme_[0-9A-Z]{10,40}$/, "each msme_id is an MSME's id (msme_...)"))
      .min(1, "choose at least one MSME")
      .max(500, "at most 500 MSMEs in one batch"),
  })
  .strict()
export type PayoutBatchBody = z.infer<typeof PayoutBatchBody>

export const MarkPaidBody = z
  .object({
    transfer_reference: z
      .string({ error: "transfer_reference is the bank transfer's reference" })
      .trim()
      .min(4, "transfer_reference is the bank transfer's reference (at least 4 characters)")
      .max(80, "transfer_reference is at most 80 characters"),
  })
  .strict()
export type MarkPaidBody = z.infer<typeof MarkPaidBody>

export const StatementQuery = z
  .object({ format: z.enum(["json", "csv", "pdf"], { error: "format is json, csv or pdf" }).default("json") })
  .strict()
export type StatementQuery = z.infer<typeof StatementQuery>

/** A page of a staff list of the ledger (balances, payout batches). */
export const LedgerPageQuery = z
  .object({
    ...pageFields(100, 50),
    /** balances only: `due` lists the MSMEs owed money now (the payout choice), `all` every MSME with entries */
    show: z.enum(["due", "all"], { error: "show is due or all" }).default("due"),
  })
  .strict()
export type LedgerPageQuery = z.infer<typeof LedgerPageQuery>
