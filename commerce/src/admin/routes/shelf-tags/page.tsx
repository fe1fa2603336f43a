import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Tag } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import type { AdminShelfTagProductsResponse } from "../../../types/catalog/responses"
import { adminFetch } from "../../lib/api"
import { linkStyle, useText } from "../../lib/text"

type Product = AdminShelfTagProductsResponse["products"][number]

/** Choose products, preview their tags and print them as an A4 PDF (ten tags a sheet). */
const ShelfTagsPage = () => {
  const { t } = useText()
  const [q, setQ] = useState("")
  const [limit, setLimit] = useState(20)
  const [chosen, setChosen] = useState<Product[]>([])
  const { data, error } = useQuery({
    queryKey: ["galeri-shelf-tags", q, limit],
    queryFn: () =>
      adminFetch<AdminShelfTagProductsResponse>(
        `/admin/shelf-tags/products?limit=${limit}${q.trim() ? `&q=${encodeURIComponent(q.trim())}` : ""}`,
      ),
  })
  const has = (id: string) => chosen.some((c) => c.id === id)
  const pdf = `/admin/shelf-tags?ids=${chosen.map((c) => c.id).join(",")}`
  return (
    <div className="flex flex-col gap-3">
      <Container className="flex flex-col gap-2">
        <Heading level="h1">{t("shelfTags.title")}</Heading>
        <Text size="small">{t("shelfTags.intro")}</Text>
      </Container>
      <div className="grid gap-3 lg:grid-cols-2">
        <Container className="flex flex-col gap-2">
          <div className="flex flex-col gap-1 text-sm">
            <Label htmlFor="shelf-tags-search">{t("shelfTags.search")}</Label>
            <Input id="shelf-tags-search" value={q} onChange={(e) => setQ(e.target.value)} type="search" />
          </div>
          {error && <Text className="text-ui-fg-error">{(error as Error).message}</Text>}
          <ul className="flex flex-col gap-1" aria-label={t("shelfTags.search")}>
            {(data?.products ?? []).map((p) => (
              <li key={p.id} className="flex items-center gap-2 border-b py-1" data-product={p.handle}>
                {p.thumbnail && <img src={p.thumbnail} alt="" width={36} height={36} className="rounded" />}
                <span className="flex-1 text-sm">
                  {p.title}
                  <span className="text-ui-fg-subtle block text-xs">{p.msme}</span>
                </span>
                {p.at_gallery === null ? (
                  <Badge size="2xsmall">{t("shelfTags.notKept")}</Badge>
                ) : (
                  <Badge size="2xsmall" color={p.at_gallery > 0 ? "green" : "grey"}>
                    {p.at_gallery} {t("shelfTags.inShowroom")}
                  </Badge>
                )}
                <Button
                  size="small"
                  variant="secondary"
                  disabled={has(p.id) || chosen.length >= 200}
                  onClick={() => setChosen([...chosen, p])}
                  aria-label={`${t("shelfTags.add")}: ${p.title}`}
                >
                  {t("shelfTags.add")}
                </Button>
              </li>
            ))}
          </ul>
          {data && data.count > data.products.length && (
            <Button size="small" variant="transparent" onClick={() => setLimit(Math.min(100, limit + 20))}>
              {t("shelfTags.more")} ({data.products.length} / {data.count})
            </Button>
          )}
        </Container>
        <Container className="flex flex-col gap-2">
          <Heading level="h2">
            {t("shelfTags.chosen")} ({chosen.length})
          </Heading>
          {chosen.length ? (
            <ol className="flex flex-col gap-1 text-sm">
              {chosen.map((c) => (
                <li key={c.id} className="flex items-center gap-2">
                  <span className="flex-1">{c.title}</span>
                  <Button
                    size="small"
                    variant="transparent"
                    onClick={() => setChosen(chosen.filter((x) => x.id !== c.id))}
                    aria-label={`${t("shelfTags.remove")}: ${c.title}`}
                  >
                    {t("shelfTags.remove")}
                  </Button>
                </li>
              ))}
            </ol>
          ) : (
            <Text size="small">{t("shelfTags.none")}</Text>
          )}
          <div className="flex gap-2">
            {chosen.length > 0 && (
              <a href={pdf} target="_blank" rel="noopener" style={linkStyle} className="font-medium underline">
                {t("shelfTags.print")}
              </a>
            )}
            {chosen.length > 0 && (
              <Button size="small" variant="secondary" onClick={() => setChosen([])}>
                {t("shelfTags.clear")}
              </Button>
            )}
          </div>
          {chosen.length > 0 && (
            <figure className="flex flex-col gap-1">
              <figcaption className="text-xs">{t("shelfTags.preview")}</figcaption>
              <iframe title={t("shelfTags.preview")} src={pdf} className="h-[480px] w-full rounded border" />
            </figure>
          )}
        </Container>
      </div>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "galeri.nav.shelfTags",
  translationNs: "translation",
  icon: Tag,
  rank: 4,
})

export default ShelfTagsPage
