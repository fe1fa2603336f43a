/**
 * The buyer's export inquiry list, kept in this browser (localStorage) like a cart for export:
 * products gathered while browsing, sent together as one inquiry. Pure helpers plus storage.
 */
export type ListItem = { product_id: string; handle: string; title: string; quantity: number; unit: string }

export const LIST_KEY = "galeri.inquiry-list.v1"
const MAX_ITEMS = 20

export function parseList(raw: string | null): ListItem[] {
  try {
    const value = JSON.parse(raw ?? "[]") as unknown
    if (!Array.isArray(value)) return []
    return value
      .filter(
        (i): i is ListItem =>
          typeof i?.product_id === "string" &&
          /^prod_[0-9A-Z]{10,40}$/.test(i.product_id) &&
          typeof i.title === "string" &&
          Number.isInteger(i.quantity) &&
          i.quantity > 0 &&
          typeof i.unit === "string",
      )
      .slice(0, MAX_ITEMS)
  } catch {
    return []
  }
}

/** Adds a product, or updates its quantity and unit when it is in the list already. */
export function withItem(list: ListItem[], item: ListItem): ListItem[] {
  const rest = list.filter((i) => i.product_id !== item.product_id)
  return [...rest, item].slice(-MAX_ITEMS)
}

export const withoutItem = (list: ListItem[], productId: string) => list.filter((i) => i.product_id !== productId)

export function readList(): ListItem[] {
  try {
    return parseList(window.localStorage.getItem(LIST_KEY))
  } catch {
    return []
  }
}

export function writeList(list: ListItem[]) {
  try {
    window.localStorage.setItem(LIST_KEY, JSON.stringify(list))
  } catch {
    // private mode or full storage: the list lives only on this page
  }
}
