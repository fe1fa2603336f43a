import { curationMessage } from "../messages"

describe("the message a seller gets about a curation decision", () => {
  it("says what was decided in both languages, with the notes and the link", () => {
    const message = curationMessage({
      kind: "product",
      status: "changes_requested",
      title: "Kain Batik Mega Mendung",
      notes: "Foto motif dari dekat.",
      link: "https://galeri.example/mitra/produk/prod_1",
    })!
    expect(message.subject).toBe("Galeri Caruban: Kain Batik Mega Mendung - perlu perbaikan / needs changes")
    expect(message.text).toContain('Produk "Kain Batik Mega Mendung" perlu perbaikan.')
    expect(message.text).toContain("Catatan kurator: Foto motif dari dekat.")
    expect(message.text).toContain('Your product "Kain Batik Mega Mendung" needs changes.')
    expect(message.text).toContain("https://galeri.example/mitra/produk/prod_1")
  })

  it("speaks of the change for revisions, and says nothing for moves sellers make themselves", () => {
    expect(
      curationMessage({ kind: "revision", status: "approved", title: "Kursi", notes: null, link: "x" })!.text,
    ).toContain('Perubahan produk "Kursi" disetujui')
    expect(curationMessage({ kind: "product", status: "submitted", title: "Kursi", notes: null, link: "x" })).toBeNull()
  })
})
