/**
 * How much a seller may upload: photos are expensive (seconds of CPU each through the image pipeline)
 * and are stored for good, so an MSME not yet approved by the gallery (pending) gets a smaller
 * allowance than an active one. Refusals say what to do (wait, remove unused photos, ask the gallery).
 */
export const UPLOAD_POLICY = {
  /** uploads per seller per window */
  rate: { active: 40, pending: 12, windowMs: 10 * 60_000 },
  /** bytes stored per MSME, counting what was sent */
  quotaBytes: { active: 600 * 1024 * 1024, pending: 60 * 1024 * 1024 },
} as const

export type UploadTier = "active" | "pending"

/** A suspended MSME uploads nothing; anything but active counts as pending. */
export const uploadTier = (msmeStatus: string): UploadTier | null =>
  msmeStatus === "suspended" ? null : msmeStatus === "active" ? "active" : "pending"

export const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`
