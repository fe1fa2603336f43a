import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The MSME ledger: agreements, append-only entries (a trigger refuses any UPDATE or DELETE, so no
 * code path, Medusa's own included, can change what was booked), payout batches and payouts.
 */
export class Migration20261203120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "ledger_agreement" (
      "id" text not null, "msme_id" text not null, "commission_bps" integer not null,
      "starts_on" timestamptz not null, "ends_on" timestamptz null,
      "bank_name" text null, "bank_account" text null, "bank_holder" text null, "created_by" text null,
      "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
      constraint "ledger_agreement_pkey" primary key ("id"),
      constraint "ledger_agreement_bps_check" check ("commission_bps" between 0 and 10000));`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ledger_agreement_msme_id_starts_on" ON "ledger_agreement" ("msme_id", "starts_on") WHERE deleted_at IS NULL;`,
    )
    this.addSql(`create table if not exists "ledger_entry" (
      "id" text not null, "msme_id" text not null,
      "kind" text check ("kind" in ('sale', 'commission', 'refund', 'commission_refund', 'payout', 'adjustment')) not null,
      "amount" integer not null, "reference" text not null, "month" text not null, "occurred_at" timestamptz not null,
      "order_id" text null, "order_display_id" integer null, "line_item_id" text null, "payout_id" text null,
      "title" text null, "quantity" integer null, "currency_code" text null, "original_amount" real null, "commission_bps" integer null,
      "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
      constraint "ledger_entry_pkey" primary key ("id"));`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ledger_entry_reference_unique" ON "ledger_entry" ("reference") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_msme_id_month" ON "ledger_entry" ("msme_id", "month") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_order_id" ON "ledger_entry" ("order_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(`create or replace function ledger_entry_append_only() returns trigger language plpgsql as $$
      begin raise exception 'ledger entries are never changed or deleted: book a correcting entry instead'; end $$;`)
    this.addSql(`drop trigger if exists "ledger_entry_append_only" on "ledger_entry";`)
    this.addSql(
      `create trigger "ledger_entry_append_only" before update or delete on "ledger_entry" for each row execute function ledger_entry_append_only();`,
    )
    this.addSql(`create table if not exists "ledger_payout_batch" (
      "id" text not null, "created_by" text null,
      "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
      constraint "ledger_payout_batch_pkey" primary key ("id"));`)
    this.addSql(`create table if not exists "ledger_payout" (
      "id" text not null, "msme_id" text not null, "amount" integer not null,
      "status" text check ("status" in ('pending', 'paid')) not null default 'pending',
      "bank_name" text null, "bank_account" text null, "bank_holder" text null,
      "transfer_reference" text null, "paid_at" timestamptz null, "paid_by" text null, "batch_id" text not null,
      "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
      constraint "ledger_payout_pkey" primary key ("id"),
      constraint "ledger_payout_batch_id_foreign" foreign key ("batch_id") references "ledger_payout_batch" ("id") on update cascade,
      constraint "ledger_payout_amount_check" check ("amount" > 0));`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ledger_payout_msme_id" ON "ledger_payout" ("msme_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ledger_payout_batch_id" ON "ledger_payout" ("batch_id") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ledger_payout" cascade;`)
    this.addSql(`drop table if exists "ledger_payout_batch" cascade;`)
    this.addSql(`drop table if exists "ledger_entry" cascade;`)
    this.addSql(`drop function if exists ledger_entry_append_only();`)
    this.addSql(`drop table if exists "ledger_agreement" cascade;`)
  }
}
