import { type FormEvent, useId, useState } from "react"
import type { Locale } from "../../i18n/ui"
import { CART_EVENT, type CartEventDetail } from "./events"

type Variant = { id: string; title: string; price: string | null; stock: number | null }
type Text = Record<
  "option" | "quantity" | "add" | "added" | "view" | "inStock" | "outOfStock" | "left" | "error",
  string
>

type Props = { locale: Locale; variants: Variant[]; text: Text; cartHref: string; returnTo: string }

/**
 * Variant picker and add-to-cart. Server-rendered as a plain form that works without JavaScript;
 * once hydrated it adds without leaving the page and tells the cart button (and its drawer).
 */
export default function AddToCart({ locale, variants, text, cartHref, returnTo }: Props) {
  const id = useId()
  const firstAvailable = variants.find((v) => v.stock !== 0) ?? variants[0]
  const [selected, setSelected] = useState(firstAvailable?.id ?? "")
  const [quantity, setQuantity] = useState(1)
  const [state, setState] = useState<{ kind: "idle" | "busy" | "done" | "error"; message?: string }>({ kind: "idle" })
  const variant = variants.find((v) => v.id === selected) ?? firstAvailable
  if (!variant) return null
  const soldOut = variant.stock === 0
  const max = variant.stock ?? 1000

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setState({ kind: "busy" })
    try {
      const res = await fetch("/api/cart", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ variant_id: selected, quantity, locale }),
      })
      const body = (await res.json()) as { cart?: CartEventDetail["cart"]; message?: string }
      if (!res.ok || !body.cart) {
        setState({ kind: "error", message: body.message ?? text.error })
        return
      }
      setState({ kind: "done", message: text.added })
      window.dispatchEvent(new CustomEvent<CartEventDetail>(CART_EVENT, { detail: { cart: body.cart, opened: true } }))
    } catch {
      setState({ kind: "error", message: text.error })
    }
  }

  return (
    <form method="post" action="/api/cart" onSubmit={submit} className="add-to-cart">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="return_to" value={returnTo} />
      {variants.length > 1 ? (
        <fieldset>
          <legend>{text.option}</legend>
          {variants.map((v) => (
            <label key={v.id} className="choice">
              <input
                type="radio"
                name="variant_id"
                value={v.id}
                checked={v.id === selected}
                disabled={v.stock === 0}
                onChange={() => setSelected(v.id)}
              />
              {v.title}
              {v.stock === 0 ? ` (${text.outOfStock})` : ""}
            </label>
          ))}
        </fieldset>
      ) : (
        <input type="hidden" name="variant_id" value={variant.id} />
      )}
      {variant.price && <p className="price big">{variant.price}</p>}
      <p className="stock">
        {soldOut
          ? text.outOfStock
          : variant.stock === null
            ? text.inStock
            : `${text.inStock}: ${variant.stock} ${text.left}`}
      </p>
      <div className="row">
        <label htmlFor={`${id}-qty`}>{text.quantity}</label>
        <input
          id={`${id}-qty`}
          type="number"
          name="quantity"
          min={1}
          max={max}
          value={quantity}
          onChange={(e) => setQuantity(Math.max(1, Math.min(max, Number(e.target.value) || 1)))}
          inputMode="numeric"
        />
        <button type="submit" disabled={soldOut || state.kind === "busy"}>
          {text.add}
        </button>
      </div>
      <p role="status" aria-live="polite" className={state.kind === "error" ? "alert" : undefined}>
        {state.message}
        {state.kind === "done" && (
          <>
            {" "}
            <a href={cartHref}>{text.view}</a>
          </>
        )}
      </p>
    </form>
  )
}
