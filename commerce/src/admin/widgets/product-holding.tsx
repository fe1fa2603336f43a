import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Input, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { adminFetch } from "../lib/api"
import { field, useText } from "../lib/text"

type Holding = { mode: "gallery" | "workshop"; shelf: string | null; low_stock_threshold: number }

/**
 * On Medusa's product page: how the gallery holds the product on consignment (its shelf, or its
 * maker's workshop) and the stock at which its maker is asked to restock.
 */
const ProductHoldingWidget = ({ data }: DetailWidgetProps<AdminProduct>) => {
  const { t } = useText()
  const client = useQueryClient()
  const { data: answer } = useQuery({
    queryKey: ["galeri-holding", data.id],
    queryFn: () => adminFetch<{ holding: Holding }>(`/admin/consignment/products/${data.id}`),
  })
  const [form, setForm] = useState({ mode: "gallery", shelf: "", threshold: "2" })
  useEffect(() => {
    if (answer?.holding)
      setForm({
        mode: answer.holding.mode,
        shelf: answer.holding.shelf ?? "",
        threshold: String(answer.holding.low_stock_threshold),
      })
  }, [answer])
  const save = useMutation({
    mutationFn: () =>
      adminFetch(`/admin/consignment/products/${data.id}`, {
        method: "POST",
        body: {
          mode: form.mode,
          shelf: form.shelf.trim() ? form.shelf.trim() : null,
          low_stock_threshold: Number(form.threshold),
        },
      }),
    onSuccess: () => {
      toast.success(t("stock.done"))
      client.invalidateQueries({ queryKey: ["galeri-holding", data.id] })
    },
    onError: (e: Error) => toast.error(e.message),
  })
  return (
    <Container className="flex flex-col gap-3 px-6 py-4">
      <Heading level="h2">{t("stock.holding")}</Heading>
      <Text className="text-ui-fg-subtle text-sm">{t("stock.holdingIntro")}</Text>
      <label className="flex flex-col gap-1">
        <span className="text-ui-fg-subtle text-sm">{t("stock.packedBy")}</span>
        <select className={field} value={form.mode} onChange={(e) => setForm({ ...form, mode: e.target.value })}>
          <option value="gallery">{t("stock.gallery")}</option>
          <option value="workshop">{t("stock.maker")}</option>
        </select>
      </label>
      <label className="flex flex-col gap-1" htmlFor="holding-shelf">
        <span className="text-ui-fg-subtle text-sm">{t("stock.shelf")}</span>
        <Input
          id="holding-shelf"
          size="small"
          value={form.shelf}
          onChange={(e) => setForm({ ...form, shelf: e.target.value })}
        />
      </label>
      <label className="flex flex-col gap-1" htmlFor="holding-threshold">
        <span className="text-ui-fg-subtle text-sm">{t("stock.threshold")}</span>
        <Input
          id="holding-threshold"
          size="small"
          type="number"
          min={0}
          step={1}
          value={form.threshold}
          onChange={(e) => setForm({ ...form, threshold: e.target.value })}
        />
      </label>
      <Button size="small" variant="secondary" onClick={() => save.mutate()} isLoading={save.isPending}>
        {t("common.save")}
      </Button>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side.after" })

export default ProductHoldingWidget
