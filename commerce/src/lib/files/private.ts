import { randomBytes } from "node:crypto"
import type { MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { runtimeConfig } from "../runtime-config"

/** A file name nobody can guess: 128 random bits, then a readable tail. */
export const unguessableName = (tail: string) => `${randomBytes(16).toString("hex")}-${tail}`

/**
 * A private file (a permit document) as Medusa's File Module takes it: an unguessable name, on S3 under
 * a private/ prefix without a public ACL, locally in a folder outside the public static root. It is
 * only ever served by an authenticated route (below).
 */
export function privateFile(file: { tail: string; mimeType: string; data: Buffer }) {
  const name = unguessableName(file.tail)
  return {
    filename: runtimeConfig().env.S3_BUCKET ? `private/${name}` : name,
    mimeType: file.mimeType,
    content: file.data.toString("base64"),
    access: "private" as const,
  }
}

/**
 * Answers with a private file to someone a route has already authorized: never cached by browsers or
 * proxies; from S3 a redirect to a link valid for a few minutes, locally the bytes themselves.
 */
export async function sendPrivateFile(
  container: MedusaContainer,
  res: MedusaResponse,
  file: { id: string; mimeType: string; downloadName: string },
) {
  res.setHeader("Cache-Control", "no-store")
  res.setHeader("X-Content-Type-Options", "nosniff")
  const files = container.resolve(Modules.FILE)
  if (runtimeConfig().env.S3_BUCKET) {
    const { url } = await files.retrieveFile(file.id)
    res.redirect(302, url)
    return
  }
  const stream = await files.getDownloadStream(file.id)
  res.setHeader("Content-Type", file.mimeType)
  res.setHeader("Content-Disposition", `inline; filename="${file.downloadName.replace(/[^\w.-]/g, "_")}"`)
  await new Promise<void>((resolve, reject) => {
    stream.on("error", reject)
    res.on("finish", () => resolve())
    stream.pipe(res)
  })
}
