import { createHash, randomBytes } from "node:crypto"

/** How long an invitation link works. */
export const INVITATION_DAYS = 14

/** A fresh invitation token (256 bits, base64url: 43 characters) and the hash that is stored. */
export function newInvitationToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url")
  return { token, hash: hashInvitationToken(token) }
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex")
}

/** The page an invited person opens (Indonesian first: the seller portal's default language). */
export function invitationLink(storefrontUrl: string, token: string): string {
  return `${storefrontUrl.replace(/\/$/, "")}/mitra/undangan/${token}`
}

/** The invitation email, in Indonesian with an English line, as plain text. */
export function invitationEmail(input: { name: string; msme: string; link: string; days: number }) {
  return {
    subject: `Undangan Galeri Caruban: kelola ${input.msme} / Invitation to sell for ${input.msme}`,
    text: [
      `Halo ${input.name},`,
      "",
      `Staf Galeri Caruban mengundang Anda untuk mengelola produk ${input.msme} di Galeri Caruban Online.`,
      `Buka tautan ini untuk membuat kata sandi dan masuk (berlaku ${input.days} hari):`,
      input.link,
      "",
      `Gallery staff invite you to manage ${input.msme}'s products. Open the link above to set a password (valid ${input.days} days).`,
    ].join("\n"),
  }
}
