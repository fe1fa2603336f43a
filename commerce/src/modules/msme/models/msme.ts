import { model } from "@medusajs/framework/utils"
import { MSME_STATUSES, SECTORS } from "../places"
import { MsmeFacilitationCase } from "./facilitation-case"
import { MsmePermit } from "./permit"
import { MsmeStatusChange } from "./status-change"

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
    /** where the record came from: staff (Admin), seller (sign-up), import (a registry spreadsheet), seed */
    source: model.text().default("staff"),
    permits: model.hasMany(() => MsmePermit, { mappedBy: "msme" }),
    status_changes: model.hasMany(() => MsmeStatusChange, { mappedBy: "msme" }),
    facilitation_cases: model.hasMany(() => MsmeFacilitationCase, { mappedBy: "msme" }),
  })
  .cascades({ delete: ["permits", "status_changes", "facilitation_cases"] })
  // the registry's filters and sorts run in the database
  .indexes([{ on: ["kecamatan"] }, { on: ["status"] }, { on: ["sector"] }, { on: ["created_at"] }])
