import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Star } from "@medusajs/icons"
import { Button, Container, Heading, Input, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { adminFetch } from "../../lib/api"
import { useText } from "../../lib/text"

type Item = { id: string; title: string; handle: string; thumbnail: string | null; status: string; msme: string | null }
type Featured = {
  sector: "craft" | "culinary"
  products: Item[]
  arranged_by: string | null
  arranged_at: string | null
}

/** One sector's featured list: reorder, remove, add live products; saving shows it on the home page at once. */
function FeaturedList({ list }: { list: Featured }) {
  const { t } = useText()
  const client = useQueryClient()
  const [items, setItems] = useState<Item[]>(list.products)
  const [q, setQ] = useState("")
  useEffect(() => setItems(list.products), [list.products])
  const { data: found } = useQuery({
    queryKey: ["galeri-featured-search", list.sector, q],
    enabled: q.trim().length >= 2,
    queryFn: () =>
      adminFetch<{ products: Item[] }>(
        `/admin/products?q=${encodeURIComponent(q.trim())}&status[]=published&limit=8&fields=id,title,handle,thumbnail,status`,
      ),
  })
  const save = useMutation({
    mutationFn: (next: Item[]) =>
      adminFetch<Featured>(`/admin/featured/${list.sector}`, {
        method: "POST",
        body: { product_ids: next.map((i) => i.id) },
      }),
    onSuccess: () => {
      toast.success(t("featured.saved"))
      client.invalidateQueries({ queryKey: ["galeri-featured"] })
    },
    onError: (e: Error) => {
      toast.error(e.message)
      setItems(list.products)
    },
  })
  const update = (next: Item[]) => {
    setItems(next)
    save.mutate(next)
  }
  const move = (index: number, by: number) => {
    const next = [...items]
    const [item] = next.splice(index, 1)
    next.splice(index + by, 0, item!)
    update(next)
  }
  return (
    <Container className="flex flex-col gap-3" data-sector={list.sector}>
      <Heading level="h2">{t(`featured.${list.sector}`)}</Heading>
      {list.arranged_at && (
        <Text size="small" className="text-ui-fg-subtle">
          {t("featured.arranged")}: {new Date(list.arranged_at).toLocaleString()}
        </Text>
      )}
      <ol className="flex flex-col gap-2">
        {items.map((item, index) => (
          <li key={item.id} className="flex items-center justify-between gap-2 border-b pb-2">
            <span>
              {index + 1}. {item.title} <span className="text-ui-fg-subtle">{item.msme ? `· ${item.msme}` : ""}</span>
            </span>
            <span className="flex gap-1">
              <Button
                size="small"
                variant="secondary"
                disabled={index === 0}
                onClick={() => move(index, -1)}
                aria-label={`${t("featured.up")}: ${item.title}`}
              >
                ↑
              </Button>
              <Button
                size="small"
                variant="secondary"
                disabled={index === items.length - 1}
                onClick={() => move(index, 1)}
                aria-label={`${t("featured.down")}: ${item.title}`}
              >
                ↓
              </Button>
              <Button
                size="small"
                variant="danger"
                onClick={() => update(items.filter((i) => i.id !== item.id))}
                aria-label={`${t("featured.remove")}: ${item.title}`}
              >
                ×
              </Button>
            </span>
          </li>
        ))}
      </ol>
      <Input
        type="search"
        size="small"
        aria-label={t("featured.search")}
        placeholder={t("featured.search")}
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
      <ul className="flex flex-col gap-1">
        {(found?.products ?? [])
          .filter((p) => !items.some((i) => i.id === p.id))
          .map((p) => (
            <li key={p.id} className="flex items-center justify-between gap-2">
              <span>{p.title}</span>
              <Button size="small" variant="secondary" onClick={() => update([...items, { ...p, msme: null }])}>
                {t("featured.add")}
              </Button>
            </li>
          ))}
      </ul>
    </Container>
  )
}

/** The home page's featured craft and culinary collections, arranged by staff. */
const FeaturedPage = () => {
  const { t } = useText()
  const { data, isLoading, error } = useQuery({
    queryKey: ["galeri-featured"],
    queryFn: () => adminFetch<{ craft: Featured; culinary: Featured }>("/admin/featured"),
  })
  if (isLoading) return <Text>{t("common.loading")}</Text>
  if (error || !data) return <Text className="text-ui-fg-error">{String((error as Error)?.message ?? "")}</Text>
  return (
    <div className="flex flex-col gap-3">
      <Container>
        <Heading level="h1">{t("featured.title")}</Heading>
      </Container>
      <div className="grid gap-3 lg:grid-cols-2">
        <FeaturedList list={data.craft} />
        <FeaturedList list={data.culinary} />
      </div>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "galeri.nav.featured",
  translationNs: "translation",
  icon: Star,
  rank: 3,
})

export default FeaturedPage
