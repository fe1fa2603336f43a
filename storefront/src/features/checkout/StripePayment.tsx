import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import { loadStripe, type Stripe } from "@stripe/stripe-js"
import { type FormEvent, useMemo, useState } from "react"
import type { Locale } from "../../i18n/ui"

type Props = {
  publishableKey: string
  clientSecret: string
  locale: Locale
  label: string
  onPaid: () => void
  onError: (message: string) => void
}

/** Stripe's Payment Element, loaded only when the storefront has a Stripe key and the buyer picks card payment. */
export default function StripePayment({ publishableKey, clientSecret, locale, label, onPaid, onError }: Props) {
  const stripe = useMemo<Promise<Stripe | null>>(() => loadStripe(publishableKey), [publishableKey])
  return (
    <Elements stripe={stripe} options={{ clientSecret, locale: locale === "id" ? "id" : "en" }}>
      <PayForm label={label} onPaid={onPaid} onError={onError} />
    </Elements>
  )
}

function PayForm({ label, onPaid, onError }: Pick<Props, "label" | "onPaid" | "onError">) {
  const stripe = useStripe()
  const elements = useElements()
  const [busy, setBusy] = useState(false)
  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!stripe || !elements) return
    setBusy(true)
    const { error } = await stripe.confirmPayment({ elements, redirect: "if_required" })
    setBusy(false)
    if (error) return onError(error.message ?? "Payment failed")
    onPaid()
  }
  return (
    <form onSubmit={submit}>
      <PaymentElement />
      <button type="submit" disabled={!stripe || busy}>
        {label}
      </button>
    </form>
  )
}
