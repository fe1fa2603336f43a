import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { CatalogVersion } from "./models/catalog-version"
import type { CatalogStamp } from "./stamp"

export const CATALOG_ROW = "catalog"

export type { CatalogStamp }

class CatalogModuleService extends MedusaService({ CatalogVersion }) {
  /** The catalog's version now. */
  @InjectManager()
  async current(@MedusaContext() context: Context<EntityManager> = {}): Promise<CatalogStamp> {
    const rows = (await context.manager!.execute(
      `select "version", "changed_at" from "catalog_version" where "id" = ?`,
      [CATALOG_ROW],
    )) as { version: number; changed_at: Date }[]
    const row = rows[0]
    return row
      ? { version: Number(row.version), changed_at: new Date(row.changed_at).toISOString() }
      : { version: 0, changed_at: new Date(0).toISOString() }
  }

  /** The catalog changed: one step up, atomically (concurrent changes each count). */
  @InjectManager()
  async bump(@MedusaContext() context: Context<EntityManager> = {}): Promise<CatalogStamp> {
    const rows = (await context.manager!.execute(
      `insert into "catalog_version" ("id", "version", "changed_at") values (?, 1, now())
       on conflict ("id") do update set "version" = "catalog_version"."version" + 1, "changed_at" = now(), "updated_at" = now()
       returning "version", "changed_at"`,
      [CATALOG_ROW],
    )) as { version: number; changed_at: Date }[]
    return { version: Number(rows[0]!.version), changed_at: new Date(rows[0]!.changed_at).toISOString() }
  }
}

export default CatalogModuleService
