/** The event islands use to tell each other the cart changed. */
export const CART_EVENT = "galeri:cart"

export type CartSummary = {
  count: number
  total: number
  currency: string
  items: { id: string; title: string; variant: string; quantity: number; total: number }[]
}
export type CartEventDetail = { cart: CartSummary; opened?: boolean }
