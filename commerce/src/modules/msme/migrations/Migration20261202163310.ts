import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202163310 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "msme_import_row" drop constraint if exists "msme_import_row_import_id_row_number_unique";`,
    )
    this.addSql(
      `alter table if exists "msme_import_mapping" drop constraint if exists "msme_import_mapping_name_unique";`,
    )
    this.addSql(
      `alter table if exists "msme_facilitation_case" drop constraint if exists "msme_facilitation_case_msme_id_permit_type_unique";`,
    )
    this.addSql(
      `create table if not exists "msme_facilitation_case" ("id" text not null, "permit_type" text check ("permit_type" in ('nib', 'halal', 'pirt', 'bpom_md')) not null, "status" text check ("status" in ('identified', 'referred', 'in_progress', 'issued', 'dropped')) not null default 'identified', "officer_id" text null, "next_step" text null, "due_date" timestamptz null, "history" jsonb not null default '{"entries":[]}', "opened_by" text null, "closed_at" timestamptz null, "msme_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "msme_facilitation_case_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_msme_facilitation_case_msme_id" ON "msme_facilitation_case" ("msme_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_msme_facilitation_case_deleted_at" ON "msme_facilitation_case" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_msme_facilitation_case_msme_id_permit_type_unique" ON "msme_facilitation_case" ("msme_id", "permit_type") WHERE closed_at IS NULL AND deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_msme_facilitation_case_status" ON "msme_facilitation_case" ("status") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "msme_import" ("id" text not null, "filename" text not null, "format" text check ("format" in ('xlsx', 'csv')) not null, "checksum" text not null, "status" text check ("status" in ('analysing', 'ready', 'committing', 'committed', 'failed')) not null default 'analysing', "mapping" jsonb not null, "total_rows" integer not null default 0, "processed_rows" integer not null default 0, "summary" jsonb not null default '{}', "error" text null, "created_by" text null, "committed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "msme_import_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_msme_import_deleted_at" ON "msme_import" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "msme_import_mapping" ("id" text not null, "name" text not null, "columns" jsonb not null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "msme_import_mapping_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_msme_import_mapping_name_unique" ON "msme_import_mapping" ("name") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_msme_import_mapping_deleted_at" ON "msme_import_mapping" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "msme_import_row" ("id" text not null, "row_number" integer not null, "outcome" text check ("outcome" in ('create', 'update', 'unchanged', 'conflict', 'error')) not null, "matched_by" text null, "msme_id" text null, "values" jsonb not null, "changes" jsonb not null default '{"list":[]}', "problems" jsonb not null default '{"list":[]}', "decision" text null, "result" text null, "import_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "msme_import_row_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_msme_import_row_import_id" ON "msme_import_row" ("import_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_msme_import_row_deleted_at" ON "msme_import_row" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_msme_import_row_import_id_row_number_unique" ON "msme_import_row" ("import_id", "row_number") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "msme_status_change" ("id" text not null, "from_status" text null, "to_status" text not null, "reason" text null, "actor_id" text null, "source" text not null default 'staff', "msme_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "msme_status_change_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_msme_status_change_msme_id" ON "msme_status_change" ("msme_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_msme_status_change_deleted_at" ON "msme_status_change" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "msme_facilitation_case" add constraint "msme_facilitation_case_msme_id_foreign" foreign key ("msme_id") references "msme" ("id") on update cascade on delete cascade;`,
    )

    this.addSql(
      `alter table if exists "msme_import_row" add constraint "msme_import_row_import_id_foreign" foreign key ("import_id") references "msme_import" ("id") on update cascade on delete cascade;`,
    )

    this.addSql(
      `alter table if exists "msme_status_change" add constraint "msme_status_change_msme_id_foreign" foreign key ("msme_id") references "msme" ("id") on update cascade on delete cascade;`,
    )

    this.addSql(`alter table if exists "msme" add column if not exists "source" text not null default 'staff';`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_msme_kecamatan" ON "msme" ("kecamatan") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_msme_status" ON "msme" ("status") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_msme_sector" ON "msme" ("sector") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_msme_created_at" ON "msme" ("created_at") WHERE deleted_at IS NULL;`)
    // a registry import matches rows without NIB by name within their desa (written by hand: an expression index)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_msme_desa_lower" ON "msme" (lower("desa")) WHERE deleted_at IS NULL;`)

    this.addSql(`alter table if exists "msme_permit" add column if not exists "document_upload_id" text null;`)
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "msme_import_row" drop constraint if exists "msme_import_row_import_id_foreign";`,
    )

    this.addSql(`drop table if exists "msme_facilitation_case" cascade;`)

    this.addSql(`drop table if exists "msme_import" cascade;`)

    this.addSql(`drop table if exists "msme_import_mapping" cascade;`)

    this.addSql(`drop table if exists "msme_import_row" cascade;`)

    this.addSql(`drop table if exists "msme_status_change" cascade;`)

    this.addSql(`drop index if exists "IDX_msme_kecamatan";`)
    this.addSql(`drop index if exists "IDX_msme_status";`)
    this.addSql(`drop index if exists "IDX_msme_sector";`)
    this.addSql(`drop index if exists "IDX_msme_created_at";`)
    this.addSql(`drop index if exists "IDX_msme_desa_lower";`)
    this.addSql(`alter table if exists "msme" drop column if exists "source";`)

    this.addSql(`alter table if exists "msme_permit" drop column if exists "document_upload_id";`)
  }
}
