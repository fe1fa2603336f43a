/**
 * A guest's checkout through Medusa's Store API, as the storefront makes it (cart, address, shipping,
 * bank transfer, complete), and an export inquiry, with plain fetch: the oversell spec, the fault
 * tests and the load bench all buy this way. No imports, so Node runs it as is from tools/.
 */

export type StoreApi = { url: string; publishableKey: string; headers?: Record<string, string> }

export type Checkout =
  | { order: string; errors: number[] }
  | { refused: string; status: number; retryable: boolean; errors: number[] }

/** The answers a client may try again after: the service is away or busy, or the connection dropped (status 0). */
export const retryable = (status: number) => status === 0 || status === 429 || status === 502 || status === 503

class Refused extends Error {
  status: number
  constructor(status: number, message: string) {
    super(message)
    this.status = status
  }
}

type StepOptions = {
  retryUntil?: number
  onStep?: (step: string, ms: number) => void
  /** awaited just before the cart is completed (a test that needs every buyer's last step at once) */
  beforeComplete?: () => Promise<void>
}

/** One Store API call, tried again after a retryable answer until `retryUntil`; each failed answer's status lands in `errors`. */
function caller(api: StoreApi, errors: number[], opts: StepOptions) {
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const started = performance.now()
    // the step's name: the path without ids (/store/carts/:id/complete)
    const step = `${method} ${path.split("?")[0]!.replace(/\/(cart|pay_col)_[0-9A-Z]+/g, "/:id")}`
    for (;;) {
      let status = 0
      let text = ""
      try {
        const res = await fetch(`${api.url}${path}`, {
          method,
          headers: {
            "content-type": "application/json",
            "x-publishable-api-key": api.publishableKey,
            ...api.headers,
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        })
        status = res.status
        text = await res.text()
        if (res.ok) {
          opts.onStep?.(step, performance.now() - started)
          return JSON.parse(text) as T
        }
      } catch (error) {
        text = error instanceof Error ? error.message : String(error)
      }
      errors.push(status)
      if (!retryable(status) || Date.now() >= (opts.retryUntil ?? 0))
        throw new Refused(status, `${path}: ${status} ${text.slice(0, 300)}`)
      await new Promise((r) => setTimeout(r, 500))
    }
  }
}

const refusal = (error: unknown, errors: number[]) => {
  const status = error instanceof Refused ? error.status : 0
  return {
    refused: error instanceof Error ? error.message : String(error),
    status,
    retryable: retryable(status),
    errors,
  }
}

export async function guestCheckout(
  api: StoreApi,
  buyer: { regionId: string; variantId: string; email: string; countryCode?: string },
  /** until when a retryable answer is tried again (the same step, the same cart); by default never */
  opts: StepOptions = {},
): Promise<Checkout> {
  const errors: number[] = []
  const call = caller(api, errors, opts)
  const address = {
    first_name: "Pembeli",
    last_name: "Tamu",
    address_1: "Jl. Siliwangi 1",
    city: "Sumber",
    postal_code: "45611",
    country_code: buyer.countryCode ?? "id",
    phone: "+6281200000000",
  }
  try {
    const { cart } = await call<{ cart: { id: string } }>("POST", "/store/carts", {
      region_id: buyer.regionId,
      email: buyer.email,
      items: [{ variant_id: buyer.variantId, quantity: 1 }],
    })
    await call("POST", `/store/carts/${cart.id}`, { shipping_address: address, billing_address: address })
    const { shipping_options } = await call<{ shipping_options: { id: string }[] }>(
      "GET",
      `/store/shipping-options?cart_id=${cart.id}`,
    )
    await call("POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0]!.id })
    const { payment_collection } = await call<{ payment_collection: { id: string } }>(
      "POST",
      "/store/payment-collections",
      { cart_id: cart.id },
    )
    await call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
      provider_id: "pp_system_default",
    })
    await opts.beforeComplete?.()
    // completing a cart twice gives the same order (Medusa answers with the order it made), so a retry never doubles it
    const done = await call<{ type?: string; order?: { id: string }; error?: { message: string } }>(
      "POST",
      `/store/carts/${cart.id}/complete`,
    )
    if (done.type === "order" && done.order) return { order: done.order.id, errors }
    return { refused: done.error?.message ?? JSON.stringify(done).slice(0, 200), status: 200, retryable: false, errors }
  } catch (error) {
    return refusal(error, errors)
  }
}

export type Inquiry =
  | { reference: string; token: string; errors: number[] }
  | { refused: string; status: number; retryable: boolean; errors: number[] }

/**
 * An overseas buyer's export inquiry for one product, as the storefront's form sends it, from the
 * buyer's own address (the limit is per address). Tried again unchanged after a retryable answer:
 * the form's `submissionId` makes the retry the same inquiry, never a second one.
 */
export async function exportInquiry(
  api: StoreApi,
  buyer: { productId: string; email: string; submissionId: string; ip?: string },
  opts: StepOptions = {},
): Promise<Inquiry> {
  const errors: number[] = []
  const headers = buyer.ip ? { ...api.headers, "x-forwarded-for": buyer.ip } : api.headers
  const call = caller({ ...api, headers }, errors, opts)
  try {
    const { inquiry } = await call<{ inquiry: { reference: string; token: string } }>("POST", "/store/inquiries", {
      locale: "en",
      submission_id: buyer.submissionId,
      buyer: { name: "Buyer Overseas", email: buyer.email, country: "SG" },
      items: [{ product_id: buyer.productId, quantity: 200, unit: "pcs" }],
      incoterm: "FOB",
      destination: "Singapore",
      currency: "USD",
      certificates: ["certificate_of_origin"],
      message: "Please quote FOB Tanjung Priok.",
    })
    return { reference: inquiry.reference, token: inquiry.token, errors }
  } catch (error) {
    return refusal(error, errors)
  }
}
