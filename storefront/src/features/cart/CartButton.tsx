import { useEffect, useRef, useState } from "react"
import { formatPrice, type Locale } from "../../i18n/ui"
import { CART_EVENT, type CartEventDetail, type CartSummary } from "./events"

type Text = Record<"cart" | "items" | "open" | "close" | "empty" | "total" | "view" | "checkout", string>
type Props = { locale: Locale; text: Text; cartHref: string; checkoutHref: string }

const money = formatPrice

/** The header's cart button with its item count, and the drawer that opens when something is added. */
export default function CartButton({ locale, text, cartHref, checkoutHref }: Props) {
  const [cart, setCart] = useState<CartSummary | null>(null)
  const dialog = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    let alive = true
    fetch(`/api/cart?locale=${locale}`)
      .then((r) => (r.ok ? r.json() : { cart: null }))
      .then((body: { cart: CartSummary | null }) => alive && setCart(body.cart))
      .catch(() => undefined)
    const onChange = (event: Event) => {
      const detail = (event as CustomEvent<CartEventDetail>).detail
      setCart(detail.cart)
      if (detail.opened && dialog.current && !dialog.current.open) dialog.current.showModal()
    }
    window.addEventListener(CART_EVENT, onChange)
    return () => {
      alive = false
      window.removeEventListener(CART_EVENT, onChange)
    }
  }, [locale])

  const count = cart?.count ?? 0
  return (
    <>
      <a
        href={cartHref}
        className="cart-button"
        onClick={(e) => {
          if (!dialog.current) return
          e.preventDefault()
          dialog.current.showModal()
        }}
      >
        {text.cart}
        <span className="count" aria-hidden="true">
          {count}
        </span>
        <span className="visually-hidden"> ({`${count} ${text.items}`})</span>
      </a>
      <dialog ref={dialog} className="drawer" aria-labelledby="drawer-title">
        <h2 id="drawer-title">{text.cart}</h2>
        {cart?.items.length ? (
          <>
            <ul>
              {cart.items.map((item) => (
                <li key={item.id}>
                  {item.quantity} × {item.title} {item.variant && `(${item.variant})`}:{" "}
                  {money(item.total, cart.currency, locale)}
                </li>
              ))}
            </ul>
            <p>
              <strong>
                {text.total}: {money(cart.total, cart.currency, locale)}
              </strong>
            </p>
            <p className="actions">
              <a href={checkoutHref} className="button">
                {text.checkout}
              </a>{" "}
              <a href={cartHref}>{text.view}</a>
            </p>
          </>
        ) : (
          <p>{text.empty}</p>
        )}
        <form method="dialog">
          <button type="submit" className="secondary">
            {text.close}
          </button>
        </form>
      </dialog>
    </>
  )
}
