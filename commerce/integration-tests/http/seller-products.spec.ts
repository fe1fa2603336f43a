import { readFileSync } from "node:fs"
import { basename, join } from "node:path"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import sharp from "sharp"
import { type SeedResult, seedGallery } from "../../src/lib/seed"
import { MSME_MODULE } from "../../src/modules/msme"
import type MsmeModuleService from "../../src/modules/msme/service"
import { createGalleryProductsWorkflow } from "../../src/workflows/product/create-gallery-products"
import { createStaff, storeHeaders } from "../helpers/admin"
import { type Api, anyStatus, bearer, signUpSeller } from "../helpers/seller"
import { until } from "../helpers/until"

jest.setTimeout(300_000)

// A batch that fails after every product was made: the hook throws when asked to, so the test can show
// that the one product workflow undoes products, links, profiles, stock, English text and curation.
let failAfterCreate = false
createGalleryProductsWorkflow.hooks.galleryProductsCreated(async () => {
  if (failAfterCreate) throw new Error("the batch could not be finished")
})

/** A phone photo: 1200 x 900 JPEG with the camera's make and a GPS position in its EXIF. */
const phonePhoto = () =>
  sharp({ create: { width: 1200, height: 900, channels: 3, background: { r: 150, g: 90, b: 40 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: "PhoneCo", Model: "Caruban X1" },
      IFD3: { GPSLatitudeRef: "S", GPSLatitude: "6/1 43/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "108/1 33/1 0/1" },
    })
    .toBuffer()

const form = (bytes: Buffer, filename: string, type = "application/octet-stream") => {
  const data = new FormData()
  data.append("file", new Blob([new Uint8Array(bytes)], { type }), filename)
  return data
}

/** A whole product as the seller portal sends it. */
const productBody = (imageIds: string[], overrides: Record<string, unknown> = {}) => ({
  title: { id: "Kain Batik Tulis Mega Mendung Biru", en: "Mega Mendung Hand-drawn Batik Cloth, Blue" },
  description: {
    id: "Batik tulis motif mega mendung, pewarna alami, dibuat di Trusmi.",
    en: "Hand-drawn mega mendung batik, natural dyes, made in Trusmi.",
  },
  category: "batik-tulis",
  material: { id: "katun primissima", en: "primissima cotton" },
  weight_g: 400,
  variants: [
    { title: { id: "2 x 1,15 m", en: "2 x 1.15 m" }, prices: { idr: 850000, usd: 52 }, stock: 4 },
    { title: { id: "2,5 x 1,15 m", en: "2.5 x 1.15 m" }, prices: { idr: 1050000 }, stock: 2 },
  ],
  export: {
    hs_code: "5208.52",
    moq: 20,
    moq_unit: "pcs",
    lead_time_days: 30,
    capacity_per_month: 60,
    packed: { length_cm: 30, width_cm: 25, height_cm: 3, weight_kg: 0.45 },
  },
  image_ids: imageIds,
  ...overrides,
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: SeedResult
    beforeAll(async () => {
      seeded = await seedGallery(getContainer())
    })
    const store = () => ({ headers: storeHeaders(seeded.setup.publishable_key), ...anyStatus })
    const storeProduct = async (handle: string) =>
      (
        (await api.get(`/store/products?handle=${handle}&fields=id,title,handle`, store())).data.products as {
          title: string
        }[]
      )[0] ?? null
    const upload = (token: string, bytes: Buffer, filename: string, kind = "photo") =>
      (api as Api).post(`/seller/me/uploads?kind=${kind}`, form(bytes, filename), bearer(token))

    it("makes seed and seller products with one workflow, and a failing batch leaves nothing behind", async () => {
      const container = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      // the seeded demo products came through the same workflow as a seller's: linked, profiled, in curation
      const { data: seededRows } = await query.graph({
        entity: "product",
        fields: ["handle", "msme.id", "msme_product_profile.id", "product_curation.status"],
        filters: { handle: "kursi-rotan-teras-rotan-tegal-asri" },
      })
      const demo = seededRows[0] as unknown as {
        msme?: { id: string }
        msme_product_profile?: { id: string }
        product_curation?: { status: string }
      }
      expect(demo?.msme?.id).toBeTruthy()
      expect(demo?.msme_product_profile?.id).toBeTruthy()
      expect(demo?.product_curation?.status).toBeTruthy()

      const { data: msmes } = await query.graph({ entity: "msme", fields: ["id", "kecamatan"], filters: {} })
      const msme = msmes[0] as unknown as { id: string; kecamatan: string }
      const [category] = await container.resolve(Modules.PRODUCT).listProductCategories({}, { take: 1 })
      const plan = (handle: string) => ({
        handle,
        msme_id: msme.id,
        fields: {
          title: `Uji ${handle}`,
          description: "Produk uji batal.",
          material: "rotan",
          weight: 1000,
          origin_country: "id",
          thumbnail: "http://localhost/x.webp",
          images: [],
          category_ids: [category!.id],
        },
        options: [{ title: "Varian", values: ["Standar"] }],
        variants: [
          {
            title: "Standar",
            sku: `UJI-${handle.toUpperCase()}`,
            manage_inventory: true as const,
            options: { Varian: "Standar" },
            prices: [{ currency_code: "idr", amount: 150000 }],
          },
        ],
        profile: {
          origin_kecamatan: msme.kecamatan,
          material: "rotan",
          export_ready: false,
          hs_code: null,
          moq: null,
          moq_unit: null,
          lead_time_days: null,
          capacity_per_month: null,
          packed_length_cm: null,
          packed_width_cm: null,
          packed_height_cm: null,
          packed_weight_kg: null,
          shelf_life_months: null,
        },
        stock: { Standar: 3 },
        english: {
          title: `Test ${handle}`,
          description: "A test product.",
          material: "rattan",
          variants: { Standar: "Standard" },
        },
      })
      const where = {
        sales_channel_id: seeded.setup.sales_channel_id,
        shipping_profile_id: seeded.setup.shipping_profile_id,
        location_id: seeded.setup.stock_location_id,
      }
      const profilesBefore = (await container.resolve<MsmeModuleService>(MSME_MODULE).listMsmeProductProfiles({}))
        .length
      const translationsBefore = (await container.resolve(Modules.TRANSLATION).listTranslations({})).length

      failAfterCreate = true
      try {
        const { errors } = await createGalleryProductsWorkflow(container).run({
          input: { ...where, products: [plan("uji-batal-a"), plan("uji-batal-b")] },
          throwOnError: false,
        })
        expect(errors[0]?.error?.message).toContain("the batch could not be finished")
      } finally {
        failAfterCreate = false
      }
      const { data: left } = await query.graph({
        entity: "product",
        fields: ["id"],
        filters: { handle: ["uji-batal-a", "uji-batal-b"] },
      })
      expect(left).toHaveLength(0)
      expect((await container.resolve<MsmeModuleService>(MSME_MODULE).listMsmeProductProfiles({})).length).toBe(
        profilesBefore,
      )
      expect((await container.resolve(Modules.TRANSLATION).listTranslations({})).length).toBe(translationsBefore)
      const items = await container
        .resolve(Modules.INVENTORY)
        .listInventoryItems({ sku: ["UJI-UJI-BATAL-A", "UJI-UJI-BATAL-B"] })
      expect(items).toHaveLength(0)

      // the same batch without the fault: both made, each a draft in curation with its stock and English text
      const { result } = await createGalleryProductsWorkflow(container).run({
        input: { ...where, products: [plan("uji-jadi-a"), plan("uji-jadi-b")] },
      })
      expect(result.map((p) => p.handle).sort()).toEqual(["uji-jadi-a", "uji-jadi-b"])
      const { data: made } = await query.graph({
        entity: "product",
        fields: [
          "handle",
          "status",
          "msme.id",
          "product_curation.status",
          "variants.inventory_items.inventory.location_levels.stocked_quantity",
        ],
        filters: { handle: ["uji-jadi-a", "uji-jadi-b"] },
      })
      for (const p of made as unknown as {
        status: string
        msme?: { id: string }
        product_curation?: { status: string }
        variants: { inventory_items: { inventory: { location_levels: { stocked_quantity: number }[] } }[] }[]
      }[]) {
        expect(p.status).toBe("draft")
        expect(p.msme?.id).toBe(msme.id)
        expect(p.product_curation?.status).toBe("draft")
        expect(p.variants[0]!.inventory_items[0]!.inventory.location_levels[0]!.stocked_quantity).toBe(3)
      }
    })

    it("takes phone photos and permit documents through the image pipeline and the file module, and refuses bad files clearly", async () => {
      const a = await signUpSeller(api as Api, "upload@batik.test", "Batik Unggah")
      const photo = await upload(a.token, await phonePhoto(), "IMG_2031.jpg")
      expect(photo.status).toBe(201)
      const image = photo.data.upload as {
        id: string
        image: { original: string; variants: Record<string, Record<string, string>> }
      }
      expect(Object.keys(image.image.variants.webp).sort()).toEqual(["320", "640", "960"])
      expect(Object.keys(image.image.variants.avif).sort()).toEqual(["320", "640", "960"])
      // what is stored is served, and carries no EXIF (no GPS) any more
      const stored = readFileSync(join(process.cwd(), "static", basename(new URL(image.image.original).pathname)))
      const meta = await sharp(stored).metadata()
      expect(meta.exif).toBeUndefined()
      expect(meta.width).toBe(1200)

      const png = await sharp({ create: { width: 640, height: 480, channels: 3, background: "#336699" } })
        .png()
        .toBuffer()
      const renamed = await upload(a.token, png, "foto.jpg")
      expect(renamed.status).toBe(201)
      expect((renamed.data.upload as { mime_type: string }).mime_type).toBe("image/png")

      const text = await upload(a.token, Buffer.from("this is not a photo at all, just words"), "photo.jpg")
      expect(text.status).toBe(400)
      expect(String(text.data.message)).toMatch(/JPEG, PNG, WebP or AVIF/)

      const huge = await upload(a.token, Buffer.alloc(16 * 1024 * 1024, 1), "big.jpg")
      expect(huge.status).toBe(413)
      expect(String(huge.data.message)).toMatch(/15 MB/)

      const none = await (api as Api).post("/seller/me/uploads", {}, bearer(a.token))
      expect(none.status).toBe(400)

      const pdf = await upload(
        a.token,
        Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF"),
        "nib.pdf",
        "document",
      )
      expect(pdf.status).toBe(201)
      expect(pdf.data.upload).toMatchObject({ kind: "document", mime_type: "application/pdf" })
      // the permit refers to the seller's own document; another MSME cannot use it
      const permit = await (api as Api).post(
        "/seller/me/permits",
        { type: "nib", number: "9120001234567", document_upload_id: (pdf.data.upload as { id: string }).id },
        bearer(a.token),
      )
      expect(permit.status).toBe(201)
      expect((permit.data.permit as { document_url: string; status: string }).status).toBe("pending")
      expect((permit.data.permit as { document_upload_id: string }).document_upload_id).toBe(
        (pdf.data.upload as { id: string }).id,
      )
      // rejected with a reason, then sent again with the same number and a clearer scan: pending again
      const staff = await createStaff(getContainer(), "verifikator-unggah@galeri-caruban.test")
      const permitId = (permit.data.permit as { id: string }).id
      const refused = await api.post(
        `/admin/permits/${permitId}/decision`,
        { decision: "reject", reason: "Dokumen tidak terbaca." },
        { headers: staff.headers, ...anyStatus },
      )
      expect(refused.data.permit).toMatchObject({ status: "rejected", rejection_reason: "Dokumen tidak terbaca." })
      const scan = await upload(a.token, Buffer.from("%PDF-1.4\n% clearer scan\n%%EOF"), "nib-2.pdf", "document")
      const again = await (api as Api).post(
        "/seller/me/permits",
        { type: "nib", number: "9120001234567", document_upload_id: (scan.data.upload as { id: string }).id },
        bearer(a.token),
      )
      expect(again.status).toBe(201)
      expect(again.data.permit).toMatchObject({ id: permitId, status: "pending", rejection_reason: null })
      expect((again.data.permit as { document_upload_id: string }).document_upload_id).toBe(
        (scan.data.upload as { id: string }).id,
      )
      expect(
        (await (api as Api).post("/seller/me/permits", { type: "nib", number: "9120001234567" }, bearer(a.token)))
          .status,
      ).toBe(422)
      const b = await signUpSeller(api as Api, "upload-b@kerupuk.test", "Kerupuk Unggah")
      const stolen = await (api as Api).post(
        "/seller/me/permits",
        { type: "nib", number: "9120001234568", document_upload_id: (pdf.data.upload as { id: string }).id },
        bearer(b.token),
      )
      expect(stolen.status).toBe(400)
      const list = await (api as Api).get("/seller/me/uploads", bearer(b.token))
      expect(list.data.uploads).toEqual([])
    })

    it("lets a seller list, edit and submit a product; curation publishes it, and a change to a live product waits for review while the live version stays", async () => {
      const container = getContainer()
      const staff = await createStaff(container, "kurator-produk@galeri-caruban.test")
      const asStaff = { headers: staff.headers, ...anyStatus }
      const a = await signUpSeller(api as Api, "sari@batik-sari.test", "Batik Sari")
      const photo = (await upload(a.token, await phonePhoto(), "kain.jpg")).data.upload as { id: string }

      // bad bodies: 400 with the field named, nothing created
      const bad = await (api as Api).post(
        "/seller/me/products",
        productBody([photo.id], { variants: [{ title: { id: "A", en: "A" }, prices: { idr: 5 }, stock: -1 }] }),
        bearer(a.token),
      )
      expect(bad.status).toBe(400)
      expect(String(bad.data.message)).toMatch(/prices, idr/)
      const unknownCategory = await (api as Api).post(
        "/seller/me/products",
        productBody([photo.id], { category: "spaceships" }),
        bearer(a.token),
      )
      expect(unknownCategory.status).toBe(400)
      expect((await (api as Api).get("/seller/me/products", bearer(a.token))).data.count).toBe(0)

      const created = await (api as Api).post("/seller/me/products", productBody([photo.id]), bearer(a.token))
      expect(created.status).toBe(201)
      const product = created.data.product as {
        id: string
        handle: string
        status: string
        product: {
          variants: { title: { en: string }; prices: Record<string, number>; stock: number }[]
          export: unknown
          image_ids: string[]
        }
        curation: { status: string }
      }
      expect(product.status).toBe("draft")
      expect(product.curation.status).toBe("draft")
      expect(product.product.variants).toEqual([
        expect.objectContaining({
          title: { id: "2 x 1,15 m", en: "2 x 1.15 m" },
          prices: { idr: 850000, usd: 52 },
          stock: 4,
        }),
        expect.objectContaining({
          title: { id: "2,5 x 1,15 m", en: "2.5 x 1.15 m" },
          prices: { idr: 1050000 },
          stock: 2,
        }),
      ])
      expect(product.product.export).toMatchObject({ hs_code: "5208.52", moq: 20, moq_unit: "pcs" })
      expect(product.product.image_ids).toEqual([photo.id])
      expect(await storeProduct(product.handle)).toBeNull()

      // a draft changes at once
      const edited = await (api as Api).post(
        `/seller/me/products/${product.id}`,
        productBody([photo.id], {
          variants: [
            { title: { id: "2 x 1,15 m", en: "2 x 1.15 m (2 yd)" }, prices: { idr: 900000, usd: 55 }, stock: 6 },
            { title: { id: "2,5 x 1,15 m", en: "2.5 x 1.15 m" }, prices: { idr: 1100000, sgd: 88 }, stock: 0 },
          ],
        }),
        bearer(a.token),
      )
      expect(edited.status).toBe(200)
      expect((edited.data.product as typeof product).product.variants).toEqual([
        expect.objectContaining({
          title: { id: "2 x 1,15 m", en: "2 x 1.15 m (2 yd)" },
          prices: { idr: 900000, usd: 55 },
          stock: 6,
        }),
        expect.objectContaining({ prices: { idr: 1100000, sgd: 88 }, stock: 0 }),
      ])
      // variants come and go: a size is added, another dropped; the kept one keeps its id and SKU
      const before = (edited.data.product as { product: { variants: { title: { id: string }; sku: string }[] } })
        .product.variants
      const resized = await (api as Api).post(
        `/seller/me/products/${product.id}`,
        productBody([photo.id], {
          variants: [
            { title: { id: "2 x 1,15 m", en: "2 x 1.15 m" }, prices: { idr: 900000, usd: 55 }, stock: 6 },
            { title: { id: "Selendang 2 x 0,5 m", en: "Shawl 2 x 0.5 m" }, prices: { idr: 450000 }, stock: 9 },
          ],
        }),
        bearer(a.token),
      )
      expect(resized.status).toBe(200)
      const after = (
        resized.data.product as { product: { variants: { title: { id: string }; sku: string; stock: number }[] } }
      ).product.variants
      expect(after.map((v) => v.title.id).sort()).toEqual(["2 x 1,15 m", "Selendang 2 x 0,5 m"])
      expect(after.find((v) => v.title.id === "2 x 1,15 m")?.sku).toBe(
        before.find((v) => v.title.id === "2 x 1,15 m")?.sku,
      )
      expect(after.find((v) => v.title.id === "Selendang 2 x 0,5 m")).toMatchObject({ stock: 9 })
      expect(new Set(after.map((v) => v.sku)).size).toBe(2)

      // submit; staff approve; the MSME is still pending, so buyers still see nothing
      const submitted = await (api as Api).post(
        `/seller/me/products/${product.id}/submit`,
        { note: "Siap" },
        bearer(a.token),
      )
      expect(submitted.status).toBe(200)
      expect((submitted.data.product as typeof product).curation.status).toBe("submitted")
      expect((await (api as Api).post(`/seller/me/products/${product.id}/submit`, {}, bearer(a.token))).status).toBe(
        400,
      )
      expect((await api.post(`/admin/products/${product.id}/curation`, { to: "approved" }, asStaff)).status).toBe(200)
      expect(await storeProduct(product.handle)).toBeNull()
      expect(
        (await api.post(`/admin/msmes/${a.msme.id}/status`, { status: "active", reason: "NIB terverifikasi" }, asStaff))
          .status,
      ).toBe(200)
      expect((await storeProduct(product.handle))?.title).toBe("Kain Batik Tulis Mega Mendung Biru")

      // a change to the live product: stored as a revision; buyers keep the approved version
      const revised = await (api as Api).post(
        `/seller/me/products/${product.id}`,
        productBody([photo.id], { title: { id: "Kain Batik Mega Mendung Indigo", en: "Mega Mendung Batik, Indigo" } }),
        bearer(a.token),
      )
      expect(revised.status).toBe(202)
      const pending = revised.data.product as {
        status: string
        curation: { status: string; revision: { status: string } }
      }
      expect(pending.status).toBe("published")
      expect(pending.curation).toMatchObject({ status: "approved", revision: { status: "submitted" } })
      expect((await storeProduct(product.handle))?.title).toBe("Kain Batik Tulis Mega Mendung Biru")

      // staff ask for changes: still live, the seller reads the note
      const needsWork = await api.post(
        `/admin/products/${product.id}/revision`,
        { decision: "request_changes" },
        asStaff,
      )
      expect(needsWork.status).toBe(400) // a request for changes says what to change
      expect(
        (
          await api.post(
            `/admin/products/${product.id}/revision`,
            { decision: "request_changes", notes: "Foto motif dari dekat, ya." },
            asStaff,
          )
        ).status,
      ).toBe(200)
      const seen = (await (api as Api).get(`/seller/me/products/${product.id}`, bearer(a.token))).data
        .product as typeof pending & {
        curation: { revision: { notes: string } }
      }
      expect(seen.curation.revision).toMatchObject({ status: "changes_requested", notes: "Foto motif dari dekat, ya." })
      // the seller was told, by email, of the approval and of the request, with the curators' notes
      const told = await until(
        () => container.resolve(Modules.NOTIFICATION).listNotifications({ to: "sari@batik-sari.test" }),
        (list) => list.some((n) => n.template === "curation-revision-changes_requested"),
      )
      expect(told.map((n) => n.template)).toEqual(
        expect.arrayContaining(["curation-product-approved", "curation-revision-changes_requested"]),
      )
      expect(JSON.stringify(told.find((n) => n.template === "curation-revision-changes_requested"))).toContain(
        "Foto motif dari dekat, ya.",
      )
      expect((await storeProduct(product.handle))?.title).toBe("Kain Batik Tulis Mega Mendung Biru")

      // the seller saves again (a new revision), staff approve: the change goes live, still published
      const second = await (api as Api).post(
        `/seller/me/products/${product.id}`,
        productBody([photo.id], { title: { id: "Kain Batik Mega Mendung Indigo", en: "Mega Mendung Batik, Indigo" } }),
        bearer(a.token),
      )
      expect(second.status).toBe(202)
      expect((await api.post(`/admin/products/${product.id}/revision`, { decision: "approve" }, asStaff)).status).toBe(
        200,
      )
      expect((await storeProduct(product.handle))?.title).toBe("Kain Batik Mega Mendung Indigo")
      const final = (await (api as Api).get(`/seller/me/products/${product.id}`, bearer(a.token))).data
        .product as typeof pending
      expect(final).toMatchObject({ status: "published", curation: { status: "approved", revision: null } })
      // nothing left to decide
      expect((await api.post(`/admin/products/${product.id}/revision`, { decision: "approve" }, asStaff)).status).toBe(
        400,
      )

      // a failing approval writes nothing: a revision whose photo is gone is refused and the live product stays
      await (api as Api).post(
        `/seller/me/products/${product.id}`,
        productBody([photo.id], { title: { id: "Judul Yang Tidak Jadi", en: "A title that never lands" } }),
        bearer(a.token),
      )
      await container
        .resolve<{ deleteSellerUploads: (id: string) => Promise<void> }>("seller")
        .deleteSellerUploads(photo.id)
      expect((await api.post(`/admin/products/${product.id}/revision`, { decision: "approve" }, asStaff)).status).toBe(
        400,
      )
      expect((await storeProduct(product.handle))?.title).toBe("Kain Batik Mega Mendung Indigo")
    })

    it("keeps products, photos, orders and invitations to their own MSME: the matrix of the new seller routes", async () => {
      const container = getContainer()
      const staff = await createStaff(container, "staf-matrix2@galeri-caruban.test")
      const a = await signUpSeller(api as Api, "tono@topeng.test", "Topeng Tono")
      const b = await signUpSeller(api as Api, "umi@kerupuk.test", "Kerupuk Umi")
      const customer = (
        await api.post(
          "/auth/customer/emailpass/register",
          { email: "pembeli2@example.test", password: "Rahasia-2026!" },
          anyStatus,
        )
      ).data.token as string
      const aPhoto = (await upload(a.token, await phonePhoto(), "topeng.jpg")).data.upload as { id: string }
      const aProduct = (
        (
          await (api as Api).post(
            "/seller/me/products",
            productBody([aPhoto.id], { category: "masks" }),
            bearer(a.token),
          )
        ).data.product as { id: string }
      ).id

      const routes: [string, string, unknown?, number?][] = [
        ["GET", "/seller/me/uploads"],
        ["GET", `/seller/me/products/${aProduct}`],
        ["POST", `/seller/me/products/${aProduct}`, productBody([aPhoto.id], { category: "masks" })],
        ["POST", `/seller/me/products/${aProduct}/submit`, {}],
        ["GET", "/seller/me/orders"],
      ]
      const call = (method: string, url: string, body: unknown, config: object) =>
        method === "GET" ? api.get(url, config) : api.post(url, body, config)
      for (const [method, url, body, ok = 200] of routes) {
        expect((await call(method, url, body, anyStatus)).status).toBe(401)
        expect((await call(method, url, body, bearer(customer))).status).toBe(401)
        expect((await call(method, url, body, { headers: staff.headers, ...anyStatus })).status).toBe(401)
        expect((await call(method, url, body, bearer(a.registration))).status).toBe(401)
        // seller B: A's product is "not found", never shown or changed
        if (url.includes(aProduct)) {
          const other = await call(method, url, body, bearer(b.token))
          expect(other.status).toBe(404)
          expect(JSON.stringify(other.data)).not.toContain("Mega Mendung")
        }
        expect((await call(method, url, body, bearer(a.token))).status).toBe(ok)
      }
      // uploads need a seller too
      for (const config of [anyStatus, bearer(customer), { headers: staff.headers, ...anyStatus }]) {
        expect((await api.post("/seller/me/uploads", form(await phonePhoto(), "x.jpg"), config)).status).toBe(401)
      }
      // B cannot put A's photo on its own product, nor list it
      const smuggled = await (api as Api).post("/seller/me/products", productBody([aPhoto.id]), bearer(b.token))
      expect(smuggled.status).toBe(400)
      expect(String(smuggled.data.message)).toContain("not among your uploads")
      expect((await (api as Api).get("/seller/me/products", bearer(b.token))).data.count).toBe(0)
      // B lists a product of the same long name with its own photo: its own handle and SKUs, no clash with A's
      const bPhoto = (await upload(b.token, await phonePhoto(), "kerupuk.jpg")).data.upload as { id: string }
      const same = await (api as Api).post("/seller/me/products", productBody([bPhoto.id]), bearer(b.token))
      expect(same.status).toBe(201)
      const skus = async (token: string, id: string) =>
        (
          (await (api as Api).get(`/seller/me/products/${id}`, bearer(token))).data.product as {
            product: { variants: { sku: string }[] }
          }
        ).product.variants.map((v) => v.sku)
      const bSkus = await skus(b.token, (same.data.product as { id: string }).id)
      const aSkus = await skus(a.token, aProduct)
      expect(bSkus.filter((sku) => aSkus.includes(sku))).toEqual([])
      // each seller's list holds its own product only
      const aList = (await (api as Api).get("/seller/me/products", bearer(a.token))).data
      expect((aList.products as { id: string }[]).map((p) => p.id)).toEqual([aProduct])
      expect((await (api as Api).get("/seller/me/products", bearer(b.token))).data.count).toBe(1)
      // sellers cannot decide curation or revisions, nor invite
      expect((await api.post(`/admin/products/${aProduct}/curation`, { to: "approved" }, bearer(a.token))).status).toBe(
        401,
      )
      expect(
        (await api.post(`/admin/products/${aProduct}/revision`, { decision: "approve" }, bearer(a.token))).status,
      ).toBe(401)
      expect(
        (await api.post(`/admin/msmes/${a.msme.id}/invitations`, { email: "x@y.test", name: "X" }, bearer(a.token)))
          .status,
      ).toBe(401)

      // an order with A's product and a demo product: A sees its own line only, B sees nothing
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: variants } = await query.graph({
        entity: "variant",
        fields: ["id", "product_id", "title", "sku"],
        filters: { product_id: aProduct },
      })
      const { data: demo } = await query.graph({
        entity: "product",
        fields: ["id", "variants.id"],
        filters: { handle: "kursi-rotan-teras-rotan-tegal-asri" },
      })
      const orders = container.resolve(Modules.ORDER)
      await orders.createOrders({
        currency_code: "idr",
        region_id: seeded.setup.region_ids.idr ?? Object.values(seeded.setup.region_ids)[0],
        email: "pembeli-rahasia@example.test",
        shipping_address: {
          first_name: "Rahasia",
          last_name: "Pembeli",
          address_1: "Jl. Rahasia 1",
          country_code: "sg",
          city: "Singapore",
        },
        items: [
          {
            title: "Kain Batik Tulis Mega Mendung Biru",
            product_id: aProduct,
            variant_id: (variants[0] as { id: string }).id,
            variant_title: "2 x 1,15 m",
            quantity: 2,
            unit_price: 850000,
          },
          {
            title: "Kursi Rotan Teras",
            product_id: (demo[0] as { id: string }).id,
            variant_id: (demo[0] as { variants: { id: string }[] }).variants[0]!.id,
            quantity: 1,
            unit_price: 1500000,
          },
        ],
      } as never)
      const aOrders = (await (api as Api).get("/seller/me/orders", bearer(a.token))).data
      expect(aOrders.count).toBe(1)
      const order = (
        aOrders.orders as { items: { title: string; quantity: number; total: number }[]; country_code: string }[]
      )[0]!
      expect(order.items).toEqual([expect.objectContaining({ quantity: 2, total: 1_700_000 })])
      expect(order.country_code).toBe("sg")
      expect(JSON.stringify(aOrders)).not.toMatch(/Rahasia|pembeli-rahasia|Kursi Rotan/)
      expect((await (api as Api).get("/seller/me/orders", bearer(b.token))).data.count).toBe(0)
    })

    it("lets staff invite a person to sell for an MSME by a one-time link", async () => {
      const container = getContainer()
      const staff = await createStaff(container, "staf-undangan@galeri-caruban.test")
      const asStaff = { headers: staff.headers, ...anyStatus }
      const owner = await signUpSeller(api as Api, "wati@rotan.test", "Rotan Wati")
      const invited = await api.post(
        `/admin/msmes/${owner.msme.id}/invitations`,
        { email: "Anak.Wati@rotan.test", name: "Anak Wati" },
        asStaff,
      )
      expect(invited.status).toBe(201)
      expect(invited.data.emailed).toBe(true)
      const link = invited.data.link as string
      expect(link).toMatch(/\/mitra\/undangan\/[A-Za-z0-9_-]{43}$/)
      const token = link.split("/").pop()!
      expect((await api.post(`/admin/msmes/${owner.msme.id}/invitations`, { email: "nope" }, asStaff)).status).toBe(400)
      expect(
        (await api.post("/admin/msmes/msme_nope/invitations", { email: "a@b.test", name: "A" }, asStaff)).status,
      ).toBe(404)

      // someone else's email cannot use it
      const stranger = await api.post(
        "/auth/seller/emailpass/register",
        { email: "orang@lain.test", password: "Rahasia-2026!" },
        anyStatus,
      )
      const wrong = await (api as Api).post(
        "/seller/invitations/accept",
        { token, name: "Orang" },
        bearer(stranger.data.token as string),
      )
      expect(wrong.status).toBe(400)
      expect(String(wrong.data.message)).toContain("anak.wati@rotan.test")

      const reg = await api.post(
        "/auth/seller/emailpass/register",
        { email: "anak.wati@rotan.test", password: "Rahasia-2026!" },
        anyStatus,
      )
      const accepted = await (api as Api).post(
        "/seller/invitations/accept",
        { token, name: "Anak Wati" },
        bearer(reg.data.token as string),
      )
      expect(accepted.status).toBe(201)
      expect(accepted.data.seller).toMatchObject({ role: "member", onboarding: "invited", created_by: staff.user.id })
      const login = await api.post(
        "/auth/seller/emailpass",
        { email: "anak.wati@rotan.test", password: "Rahasia-2026!" },
        anyStatus,
      )
      const me = await (api as Api).get("/seller/me", bearer(login.data.token as string))
      expect((me.data.msme as { id: string }).id).toBe(owner.msme.id)

      // used once
      const again = await api.post(
        "/auth/seller/emailpass/register",
        { email: "lagi@rotan.test", password: "Rahasia-2026!" },
        anyStatus,
      )
      const reuse = await (api as Api).post(
        "/seller/invitations/accept",
        { token, name: "Lagi" },
        bearer(again.data.token as string),
      )
      expect(reuse.status).toBe(400)
      const malformed = await (api as Api).post(
        "/seller/invitations/accept",
        { token: "abc", name: "Lagi" },
        bearer(again.data.token as string),
      )
      expect(malformed.status).toBe(400)
      expect((await api.post("/seller/invitations/accept", { token, name: "X" }, anyStatus)).status).toBe(401)
    })
  },
})
