import { model } from "@medusajs/framework/utils"
import { PERMIT_STATUSES, PERMIT_TYPES } from "../permits"
import { Msme } from "./msme"

/** A legal permit (legalitas usaha) of an MSME; staff set the verification status. */
export const MsmePermit = model
  .define("msme_permit", {
    id: model.id({ prefix: "perm" }).primaryKey(),
    type: model.enum([...PERMIT_TYPES]),
    number: model.text(),
    issued_at: model.dateTime().nullable(),
    expires_at: model.dateTime().nullable(),
    /** a copy of the document elsewhere that staff entered (https only) */
    document_url: model.text().nullable(),
    /** the document a seller uploaded (private; served only through /admin/permits/:id/document) */
    document_upload_id: model.text().nullable(),
    status: model.enum([...PERMIT_STATUSES]).default("pending"),
    verified_at: model.dateTime().nullable(),
    verified_by: model.text().nullable(),
    rejection_reason: model.text().nullable(),
    /** when the MSME and staff were told the permit expires within 30 days (told once) */
    expiry_warned_at: model.dateTime().nullable(),
    msme: model.belongsTo(() => Msme, { mappedBy: "permits" }),
  })
  .indexes([{ on: ["type", "number"], unique: true, where: "deleted_at IS NULL" }])
