import { type FormEvent, lazy, Suspense, useState } from "react"
import { formatPrice, type Locale } from "../../i18n/ui"
import type { CartView } from "../cart/api.server"

type Text = Record<string, string>
type Option = { id: string; name: string; amount: number; currency: string }
type Props = { locale: Locale; initial: CartView; text: Text; stripeKey: string | null }

const StripePayment = lazy(() => import("./StripePayment"))

const money = formatPrice

async function post<T>(
  url: string,
  body: Record<string, unknown>,
): Promise<{ ok: true; data: T } | { ok: false; message: string }> {
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    })
    const data = (await res.json()) as T & { message?: string }
    return res.ok ? { ok: true, data } : { ok: false, message: data.message ?? res.statusText }
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) }
  }
}

/** Guest checkout: contact and address, shipping, payment (bank transfer or Stripe), then the order. */
export default function Checkout({ locale, initial, text, stripeKey }: Props) {
  const [cart, setCart] = useState(initial)
  const [options, setOptions] = useState<Option[] | null>(null)
  const [providers, setProviders] = useState<string[] | null>(null)
  const [provider, setProvider] = useState("pp_system_default")
  const [clientSecret, setClientSecret] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [shippingChoice, setShippingChoice] = useState<string | null>(initial.shipping_method)
  const a = cart.address

  async function saveAddress(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = Object.fromEntries(new FormData(event.currentTarget).entries()) as Record<string, string>
    const missing: Record<string, string> = {}
    for (const key of ["email", "first_name", "last_name", "address_1", "city", "postal_code", "country_code"]) {
      if (!form[key]?.trim()) missing[key] = `${text[key] ?? key} ${text.required}`
    }
    if (form.email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(form.email)) missing.email = text.invalidEmail ?? ""
    setErrors(missing)
    if (Object.keys(missing).length) return
    setBusy(true)
    setError(null)
    const res = await post<{ cart: CartView; shipping_options: Option[] }>("/api/checkout/address", { ...form, locale })
    setBusy(false)
    if (!res.ok) return setError(res.message)
    setCart(res.data.cart)
    setOptions(res.data.shipping_options)
    setProviders(null)
    if (!res.data.shipping_options.length) setError(text.noShipping ?? "")
  }

  async function chooseShipping(optionId: string) {
    setShippingChoice(optionId)
    setBusy(true)
    setError(null)
    const res = await post<{ cart: CartView; payment_providers: string[] }>("/api/checkout/shipping", {
      option_id: optionId,
      locale,
    })
    setBusy(false)
    if (!res.ok) return setError(res.message)
    setCart(res.data.cart)
    // bank transfer first: it always works; card only where the storefront has a Stripe key
    const usable = ["pp_system_default", "pp_stripe_stripe"].filter(
      (p) => res.data.payment_providers.includes(p) && (p === "pp_system_default" || stripeKey),
    )
    setProviders(usable)
    setProvider(usable[0] ?? "pp_system_default")
  }

  async function complete() {
    const res = await post<{ order_id: string; redirect: string }>("/api/checkout/complete", { locale })
    if (!res.ok) {
      setBusy(false)
      return setError(res.message)
    }
    window.location.assign(res.data.redirect)
  }

  async function placeOrder() {
    setBusy(true)
    setError(null)
    const session = await post<{ client_secret: string | null }>("/api/checkout/payment", {
      provider_id: provider,
      locale,
    })
    if (!session.ok) {
      setBusy(false)
      return setError(session.message)
    }
    if (provider === "pp_stripe_stripe") {
      setBusy(false)
      return setClientSecret(session.data.client_secret)
    }
    await complete()
  }

  const field = (name: string, label: string, props: Record<string, unknown> = {}) => (
    <div className="field">
      <label htmlFor={`co-${name}`}>{label}</label>
      <input
        id={`co-${name}`}
        name={name}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `co-${name}-error` : undefined}
        {...props}
      />
      {errors[name] && (
        <span id={`co-${name}-error`} className="field-error">
          {errors[name]}
        </span>
      )}
    </div>
  )

  return (
    <div className="checkout">
      <form onSubmit={saveAddress} noValidate aria-labelledby="co-address">
        <h2 id="co-contact">{text.contact}</h2>
        {field("email", text.email ?? "Email", {
          type: "email",
          autoComplete: "email",
          defaultValue: cart.email ?? "",
          required: true,
        })}
        <h2 id="co-address">{text.address}</h2>
        <div className="pair">
          {field("first_name", text.first_name ?? "", {
            autoComplete: "given-name",
            defaultValue: a?.first_name ?? "",
            required: true,
          })}
          {field("last_name", text.last_name ?? "", {
            autoComplete: "family-name",
            defaultValue: a?.last_name ?? "",
            required: true,
          })}
        </div>
        {field("address_1", text.address_1 ?? "", {
          autoComplete: "address-line1",
          defaultValue: a?.address_1 ?? "",
          required: true,
        })}
        <div className="pair">
          {field("city", text.city ?? "", {
            autoComplete: "address-level2",
            defaultValue: a?.city ?? "",
            required: true,
          })}
          {field("province", text.province ?? "", { autoComplete: "address-level1", defaultValue: a?.province ?? "" })}
        </div>
        <div className="pair">
          {field("postal_code", text.postal_code ?? "", {
            autoComplete: "postal-code",
            defaultValue: a?.postal_code ?? "",
            required: true,
          })}
          <div className="field">
            <label htmlFor="co-country_code">{text.country_code}</label>
            <select
              id="co-country_code"
              name="country_code"
              autoComplete="country"
              defaultValue={a?.country_code ?? cart.countries[0]?.code}
            >
              {cart.countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        {field("phone", text.phone ?? "", { type: "tel", autoComplete: "tel", defaultValue: a?.phone ?? "" })}
        <button type="submit" disabled={busy}>
          {text.continue}
        </button>
      </form>

      {options && options.length > 0 && (
        <fieldset className="step">
          <legend>{text.shipping}</legend>
          {options.map((o) => (
            <label key={o.id} className="choice">
              <input
                type="radio"
                name="shipping"
                value={o.id}
                checked={shippingChoice === o.id}
                onChange={() => chooseShipping(o.id)}
                disabled={busy}
              />
              {o.name}: {money(o.amount, o.currency, locale)}
            </label>
          ))}
        </fieldset>
      )}

      {providers && providers.length > 0 && (
        <fieldset className="step">
          <legend>{text.payment}</legend>
          {providers.map((p) => (
            <label key={p} className="choice">
              <input
                type="radio"
                name="payment"
                value={p}
                checked={provider === p}
                onChange={() => setProvider(p)}
                disabled={busy || Boolean(clientSecret)}
              />
              {p === "pp_stripe_stripe" ? text.card : text.manual}
            </label>
          ))}
          {provider === "pp_system_default" && <p className="muted">{text.manualNote}</p>}
          <dl className="totals">
            <dt>{text.subtotal}</dt>
            <dd>{money(cart.subtotal, cart.currency, locale)}</dd>
            <dt>{text.shippingCost}</dt>
            <dd>{money(cart.shipping, cart.currency, locale)}</dd>
            {cart.tax > 0 && (
              <>
                <dt>{text.tax}</dt>
                <dd>{money(cart.tax, cart.currency, locale)}</dd>
              </>
            )}
            <dt>{text.total}</dt>
            <dd>
              <strong>{money(cart.total, cart.currency, locale)}</strong>
            </dd>
          </dl>
          {clientSecret && stripeKey ? (
            <Suspense fallback={<p>{text.placing}</p>}>
              <StripePayment
                publishableKey={stripeKey}
                clientSecret={clientSecret}
                locale={locale}
                label={text.placeOrder ?? ""}
                onPaid={complete}
                onError={setError}
              />
            </Suspense>
          ) : (
            <button type="button" onClick={placeOrder} disabled={busy}>
              {busy ? text.placing : text.placeOrder}
            </button>
          )}
        </fieldset>
      )}
      <p role="alert" className={error ? "alert" : undefined}>
        {error ? `${text.error} ${error}` : ""}
      </p>
    </div>
  )
}
