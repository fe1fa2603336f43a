import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { MsmeFacilitationCase } from "./models/facilitation-case"
import { MsmeImport, MsmeImportMapping, MsmeImportRow } from "./models/import"
import { Msme } from "./models/msme"
import { MsmePermit } from "./models/permit"
import { MsmeProductProfile } from "./models/product-profile"
import { MsmeStatusChange } from "./models/status-change"

export default class MsmeModuleService extends MedusaService({
  Msme,
  MsmePermit,
  MsmeProductProfile,
  MsmeStatusChange,
  MsmeFacilitationCase,
  MsmeImport,
  MsmeImportRow,
  MsmeImportMapping,
}) {
  /**
   * Sets what an import did with each of its rows (result and MSME) in one statement: a commit's
   * batch marks 500 rows, which the generated update reads and writes one entity at a time (a
   * quarter of a batch's time in the office bench).
   */
  @InjectTransactionManager()
  async markImportRows(
    rows: { id: string; result: string | null; msme_id: string | null }[],
    @MedusaContext() context: Context<EntityManager> = {},
  ): Promise<void> {
    if (!rows.length) return
    await context.transactionManager!.execute(
      `update "msme_import_row" as r set "result" = v.result, "msme_id" = v.msme_id, "updated_at" = now()
         from jsonb_to_recordset(?::jsonb) as v(id text, result text, msme_id text)
        where r.id = v.id and r.deleted_at is null`,
      [JSON.stringify(rows)],
    )
  }
}
