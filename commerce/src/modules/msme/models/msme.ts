import { model } from "@medusajs/framework/utils"
import { MSME_STATUSES, SECTORS } from "../places"
import { MsmePermit } from "./permit"

/** A micro, small or medium enterprise (UMKM) selling through the gallery. */
export const Msme = model
  .define("msme", {
    id: model.id({ prefix: "msme" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().searchable(),
    owner_name: model.text(),
    sector: model.enum([...SECTORS]),
    craft: model.text(),
    kecamatan: model.text().searchable(),
    desa: model.text(),
    address: model.text().nullable(),
    story_id: model.text(),
    story_en: model.text(),
    whatsapp: model.text().nullable(),
    email: model.text().nullable(),
    established_year: model.number().nullable(),
    employees: model.number().nullable(),
    image_url: model.text().nullable(),
    status: model.enum([...MSME_STATUSES]).default("pending"),
    permits: model.hasMany(() => MsmePermit, { mappedBy: "msme" }),
  })
  .cascades({ delete: ["permits"] })
