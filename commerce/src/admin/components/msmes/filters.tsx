import { Button, Input } from "@medusajs/ui"
import { KECAMATAN } from "../../../modules/msme/places"
import { field, useText } from "../../lib/text"
import { SelectField } from "../select-field"

export type RegistryFilters = Record<string, string>

const LEGALITY = ["nib", "halal", "pirt", "bpom_md"] as const
const LEGALITY_LABEL: Record<string, string> = { nib: "NIB", halal: "Halal", pirt: "P-IRT", bpom_md: "BPOM MD" }

/** The registry's filters: every choice is a query parameter of GET /admin/msmes (and of its export). */
export function RegistryFilterBar({
  value,
  onChange,
}: {
  value: RegistryFilters
  onChange: (next: RegistryFilters) => void
}) {
  const { t } = useText()
  const set = (key: string, v: string) => {
    const next = { ...value }
    if (v) next[key] = v
    else delete next[key]
    onChange(next)
  }
  const legality = value.verified ? `verified:${value.verified}` : value.missing ? `missing:${value.missing}` : ""
  const select = (id: string, label: string, key: string, options: [string, string][]) => (
    <SelectField id={id} label={label} value={value[key] ?? ""} options={options} onChange={(v) => set(key, v)} />
  )
  return (
    <div className="flex flex-wrap items-end gap-3">
      <label className="flex min-w-[240px] flex-col gap-1 text-xs text-ui-fg-subtle" htmlFor="reg-q">
        {t("reg.search")}
        <Input id="reg-q" size="small" value={value.q ?? ""} onChange={(e) => set("q", e.target.value)} />
      </label>
      {select("reg-kecamatan", t("common.kecamatan"), "kecamatan", [
        ["", t("reg.allKecamatan")],
        ...KECAMATAN.map((k) => [k, k] as [string, string]),
      ])}
      <label className="flex flex-col gap-1 text-xs text-ui-fg-subtle" htmlFor="reg-desa">
        {t("reg.desa")}
        <Input id="reg-desa" size="small" value={value.desa ?? ""} onChange={(e) => set("desa", e.target.value)} />
      </label>
      {select("reg-sector", `${t("reg.craft")} / ${t("reg.culinary")}`, "sector", [
        ["", t("reg.allSectors")],
        ["craft", t("reg.craft")],
        ["culinary", t("reg.culinary")],
      ])}
      <label className="flex flex-col gap-1 text-xs text-ui-fg-subtle" htmlFor="reg-craft">
        {t("reg.craftFilter")}
        <Input id="reg-craft" size="small" value={value.craft ?? ""} onChange={(e) => set("craft", e.target.value)} />
      </label>
      {select("reg-status", t("common.status"), "status", [
        ["", t("reg.allStatuses")],
        ["pending", t("reg.pending")],
        ["active", t("reg.active")],
        ["suspended", t("reg.suspended")],
      ])}
      <label className="flex flex-col gap-1 text-xs text-ui-fg-subtle" htmlFor="reg-legality">
        {t("reg.legality")}
        <select
          id="reg-legality"
          className={field}
          value={legality}
          onChange={(e) => {
            const [kind, type] = e.target.value.split(":")
            const next = { ...value }
            delete next.verified
            delete next.missing
            if (kind && type) next[kind] = type
            onChange(next)
          }}
        >
          <option value="">{t("reg.anyLegality")}</option>
          {LEGALITY.map((type) => (
            <option key={`v-${type}`} value={`verified:${type}`}>
              {t("reg.hasVerified")}: {LEGALITY_LABEL[type]}
            </option>
          ))}
          {LEGALITY.map((type) => (
            <option key={`m-${type}`} value={`missing:${type}`}>
              {t("reg.lacks")}: {LEGALITY_LABEL[type]}
            </option>
          ))}
        </select>
      </label>
      {select("reg-online", t("reg.online"), "online", [
        ["", t("reg.anyOnline")],
        ["sellers", t("reg.onlineSellers")],
        ["staff_assisted", t("reg.onlineStaff")],
        ["none", t("reg.onlineNone")],
      ])}
      {select("reg-live", t("reg.live"), "live", [
        ["", t("reg.anyLive")],
        ["yes", t("reg.liveYes")],
        ["no", t("reg.liveNo")],
      ])}
      {select("reg-export", t("reg.exportReady"), "export_ready", [
        ["", t("reg.anyExport")],
        ["yes", t("reg.yes")],
        ["no", t("reg.no")],
      ])}
      {select("reg-sort", t("reg.sort"), "sort", [
        ["", t("reg.sortName")],
        ["-name", t("reg.sortNameDesc")],
        ["newest", t("reg.sortNewest")],
        ["oldest", t("reg.sortOldest")],
        ["kecamatan", t("reg.sortKecamatan")],
        ["-products_live", t("reg.sortLive")],
      ])}
      {Object.keys(value).length > 0 && (
        <Button size="small" variant="transparent" onClick={() => onChange({})}>
          {t("reg.reset")}
        </Button>
      )}
    </div>
  )
}

export const PERMIT_SHORT = LEGALITY_LABEL

export const MSME_STATUS_COLOR: Record<string, "green" | "orange" | "red"> = {
  active: "green",
  pending: "orange",
  suspended: "red",
}
