import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129100020 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "export_inquiry" drop constraint if exists "export_inquiry_access_token_unique";`,
    )
    this.addSql(`alter table if exists "export_inquiry" drop constraint if exists "export_inquiry_reference_unique";`)
    this.addSql(
      `create table if not exists "export_inquiry" ("id" text not null, "reference" text not null, "access_token" text not null, "status" text check ("status" in ('submitted', 'in_review', 'quoted', 'accepted', 'declined', 'expired')) not null default 'submitted', "locale" text check ("locale" in ('id', 'en')) not null default 'en', "buyer_name" text not null, "buyer_company" text null, "buyer_email" text not null, "buyer_country" text not null, "buyer_phone" text null, "incoterm" text check ("incoterm" in ('EXW', 'FCA', 'FOB', 'CFR', 'CIF', 'DAP', 'DDP')) not null, "destination" text not null, "target_price" numeric null, "currency" text check ("currency" in ('IDR', 'USD', 'SGD', 'MYR', 'EUR', 'AUD', 'AED', 'SAR')) not null, "certificates" text[] not null default '{}', "sample_requested" boolean not null default false, "expected_date" timestamptz null, "assigned_to" text null, "history" jsonb not null default '{"entries":[]}', "raw_target_price" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "export_inquiry_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_export_inquiry_reference_unique" ON "export_inquiry" ("reference") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_export_inquiry_access_token_unique" ON "export_inquiry" ("access_token") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_export_inquiry_deleted_at" ON "export_inquiry" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_export_inquiry_status" ON "export_inquiry" ("status") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_export_inquiry_buyer_country" ON "export_inquiry" ("buyer_country") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "export_inquiry_item" ("id" text not null, "title" text not null, "description" text null, "quantity" integer not null, "unit" text check ("unit" in ('pcs', 'set', 'pair', 'kg', 'g', 'l', 'box', 'carton', 'roll', 'm', 'container_20ft', 'container_40ft')) not null, "inquiry_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "export_inquiry_item_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_export_inquiry_item_inquiry_id" ON "export_inquiry_item" ("inquiry_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_export_inquiry_item_deleted_at" ON "export_inquiry_item" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "export_inquiry_message" ("id" text not null, "author_type" text check ("author_type" in ('buyer', 'staff', 'msme', 'system')) not null, "author_id" text null, "author_name" text not null, "body" text not null, "internal" boolean not null default false, "inquiry_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "export_inquiry_message_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_export_inquiry_message_inquiry_id" ON "export_inquiry_message" ("inquiry_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_export_inquiry_message_deleted_at" ON "export_inquiry_message" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "export_inquiry_offer" ("id" text not null, "unit_price" numeric not null, "currency" text check ("currency" in ('IDR', 'USD', 'SGD', 'MYR', 'EUR', 'AUD', 'AED', 'SAR')) not null, "capacity_per_month" integer null, "lead_time_days" integer null, "note" text null, "entered_by_type" text check ("entered_by_type" in ('staff', 'msme')) not null, "entered_by_id" text null, "item_id" text not null, "raw_unit_price" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "export_inquiry_offer_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_export_inquiry_offer_item_id" ON "export_inquiry_offer" ("item_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_export_inquiry_offer_deleted_at" ON "export_inquiry_offer" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "export_inquiry_quote" ("id" text not null, "number" integer not null, "status" text check ("status" in ('sent', 'superseded', 'accepted', 'declined', 'expired')) not null default 'sent', "currency" text check ("currency" in ('IDR', 'USD', 'SGD', 'MYR', 'EUR', 'AUD', 'AED', 'SAR')) not null, "incoterm" text check ("incoterm" in ('EXW', 'FCA', 'FOB', 'CFR', 'CIF', 'DAP', 'DDP')) not null, "valid_until" timestamptz not null, "lead_time_days" integer not null, "notes" text null, "lines" jsonb not null, "total" numeric not null, "sent_by" text null, "sent_at" timestamptz not null, "inquiry_id" text not null, "raw_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "export_inquiry_quote_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_export_inquiry_quote_inquiry_id" ON "export_inquiry_quote" ("inquiry_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_export_inquiry_quote_deleted_at" ON "export_inquiry_quote" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "export_inquiry_sequence" ("id" text not null, "last" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "export_inquiry_sequence_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_export_inquiry_sequence_deleted_at" ON "export_inquiry_sequence" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "export_inquiry_item" add constraint "export_inquiry_item_inquiry_id_foreign" foreign key ("inquiry_id") references "export_inquiry" ("id") on update cascade on delete cascade;`,
    )

    this.addSql(
      `alter table if exists "export_inquiry_message" add constraint "export_inquiry_message_inquiry_id_foreign" foreign key ("inquiry_id") references "export_inquiry" ("id") on update cascade on delete cascade;`,
    )

    this.addSql(
      `alter table if exists "export_inquiry_offer" add constraint "export_inquiry_offer_item_id_foreign" foreign key ("item_id") references "export_inquiry_item" ("id") on update cascade on delete cascade;`,
    )

    this.addSql(
      `alter table if exists "export_inquiry_quote" add constraint "export_inquiry_quote_inquiry_id_foreign" foreign key ("inquiry_id") references "export_inquiry" ("id") on update cascade on delete cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "export_inquiry_item" drop constraint if exists "export_inquiry_item_inquiry_id_foreign";`,
    )

    this.addSql(
      `alter table if exists "export_inquiry_message" drop constraint if exists "export_inquiry_message_inquiry_id_foreign";`,
    )

    this.addSql(
      `alter table if exists "export_inquiry_quote" drop constraint if exists "export_inquiry_quote_inquiry_id_foreign";`,
    )

    this.addSql(
      `alter table if exists "export_inquiry_offer" drop constraint if exists "export_inquiry_offer_item_id_foreign";`,
    )

    this.addSql(`drop table if exists "export_inquiry" cascade;`)

    this.addSql(`drop table if exists "export_inquiry_item" cascade;`)

    this.addSql(`drop table if exists "export_inquiry_message" cascade;`)

    this.addSql(`drop table if exists "export_inquiry_offer" cascade;`)

    this.addSql(`drop table if exists "export_inquiry_quote" cascade;`)

    this.addSql(`drop table if exists "export_inquiry_sequence" cascade;`)
  }
}
