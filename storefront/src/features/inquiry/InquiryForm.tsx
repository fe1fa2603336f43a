import { type FormEvent, useEffect, useId, useState } from "react"
import type { Locale } from "../../i18n/ui"
import { inquiryBodyFromForm } from "./form-body"
import { type ListItem, readList, withItem, withoutItem, writeList } from "./list"

type Option = { value: string; label: string }
type Props = {
  locale: Locale
  text: Record<string, string>
  units: Option[]
  certificates: Option[]
  countries: Option[]
  incoterms: string[]
  currencies: string[]
  defaultCurrency: string
  /** On a product page: this product, first in the inquiry; absent on the inquiry list page. */
  product?: ListItem
  listHref: string
  /** This form's id, made when the page was rendered (a fresh one once hydrated): sent twice, it is one inquiry. */
  submissionId: string
}

type Problem = { message: string; errors?: { field: string; message: string }[] }

/**
 * The export inquiry (RFQ) form: the products asked about (this product and the buyer's inquiry
 * list), who the buyer is, Incoterm, destination, target price, certificates, samples and a message.
 * Server-rendered as a plain form that posts without JavaScript; once hydrated it keeps the list in
 * this browser, sends without leaving the page and opens the buyer's private inquiry page.
 */
export default function InquiryForm(props: Props) {
  const { locale, text, product } = props
  const id = useId()
  const [lines, setLines] = useState<ListItem[]>(product ? [product] : [])
  const [kept, setKept] = useState(false)
  const [state, setState] = useState<{ kind: "idle" | "busy" | "error"; problem?: Problem }>({ kind: "idle" })
  const [submissionId, setSubmissionId] = useState(props.submissionId)
  // the rendered page may come from a cache shared by several buyers: each browser gets its own id
  useEffect(() => setSubmissionId(crypto.randomUUID()), [])

  useEffect(() => {
    const saved = readList()
    if (product) {
      setKept(saved.some((i) => i.product_id === product.product_id))
      setLines([
        saved.find((i) => i.product_id === product.product_id) ?? product,
        ...withoutItem(saved, product.product_id),
      ])
    } else {
      setLines(saved)
    }
  }, [product])

  const update = (productId: string, change: Partial<ListItem>) => {
    const next = lines.map((l) => (l.product_id === productId ? { ...l, ...change } : l))
    setLines(next)
    const saved = readList()
    const line = next.find((l) => l.product_id === productId)
    if (line && saved.some((i) => i.product_id === productId)) writeList(withItem(saved, line))
  }
  const remove = (productId: string) => {
    setLines(lines.filter((l) => l.product_id !== productId))
    writeList(withoutItem(readList(), productId))
    if (product?.product_id === productId) setKept(false)
  }
  const keep = () => {
    const line = lines.find((l) => l.product_id === product?.product_id)
    if (!line) return
    writeList(withItem(readList(), line))
    setKept(true)
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const body = inquiryBodyFromForm(new FormData(event.currentTarget))
    setState({ kind: "busy" })
    try {
      const res = await fetch("/api/inquiries", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      })
      const answer = (await res.json()) as { href?: string } & Problem
      if (!res.ok || !answer.href) {
        setState({ kind: "error", problem: { message: answer.message || text.error, errors: answer.errors } })
        return
      }
      let saved = readList()
      for (const line of lines) saved = withoutItem(saved, line.product_id)
      writeList(saved)
      window.location.assign(answer.href)
    } catch {
      setState({ kind: "error", problem: { message: text.error } })
    }
  }

  const f = (name: string) => `${id}-${name}`
  return (
    <form method="post" action="/api/inquiries" onSubmit={submit} className="inquiry-form" noValidate={false}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="submission_id" value={submissionId} />
      <fieldset>
        <legend>{text.items}</legend>
        {lines.length === 0 && <p className="muted">{text.empty}</p>}
        <ul className="lines">
          {lines.map((line) => (
            <li key={line.product_id}>
              <input type="hidden" name="product_id" value={line.product_id} />
              <span className="line-title">{line.title}</span>
              <label>
                {text.quantity}
                <input
                  type="number"
                  name="quantity"
                  min={1}
                  max={10_000_000}
                  required
                  value={line.quantity}
                  onChange={(e) => update(line.product_id, { quantity: Math.max(1, Number(e.target.value) || 1) })}
                />
              </label>
              <label htmlFor={f(`unit-${line.product_id}`)}>
                {text.unit}
                <Select
                  id={f(`unit-${line.product_id}`)}
                  name="unit"
                  options={props.units}
                  value={line.unit}
                  onChange={(unit) => update(line.product_id, { unit })}
                />
              </label>
              {(!product || line.product_id !== product.product_id) && (
                <button type="button" className="link" onClick={() => remove(line.product_id)}>
                  {text.remove}
                </button>
              )}
            </li>
          ))}
        </ul>
        {product && (
          <p className="keep">
            {kept ? (
              <span role="status">{text.kept}</span>
            ) : (
              <button type="button" className="secondary" onClick={keep}>
                {text.keep}
              </button>
            )}{" "}
            <a href={props.listHref}>{text.openList}</a>
          </p>
        )}
        <div className="other">
          <label htmlFor={f("other")}>{text.other}</label>
          <input id={f("other")} name="other_title" maxLength={200} />
          <label>
            {text.quantity}
            <input type="number" name="other_quantity" min={1} max={10_000_000} defaultValue={1} />
          </label>
          <label htmlFor={f("other-unit")}>
            {text.unit}
            <Select id={f("other-unit")} name="other_unit" options={props.units} defaultValue="pcs" />
          </label>
        </div>
      </fieldset>

      <fieldset>
        <legend>{text.buyer}</legend>
        <label htmlFor={f("name")}>{text.name}</label>
        <input id={f("name")} name="name" required minLength={2} maxLength={120} autoComplete="name" />
        <label htmlFor={f("company")}>{text.company}</label>
        <input id={f("company")} name="company" maxLength={160} autoComplete="organization" />
        <label htmlFor={f("email")}>{text.email}</label>
        <input id={f("email")} name="email" type="email" required maxLength={254} autoComplete="email" />
        <label htmlFor={f("country")}>{text.country}</label>
        <Select
          id={f("country")}
          name="country"
          options={props.countries}
          defaultValue={locale === "id" ? "ID" : "SG"}
        />
        <label htmlFor={f("phone")}>{text.phone}</label>
        <input id={f("phone")} name="phone" type="tel" maxLength={32} autoComplete="tel" />
      </fieldset>

      <fieldset>
        <legend>{text.terms}</legend>
        <label htmlFor={f("incoterm")}>{text.incoterm}</label>
        <select id={f("incoterm")} name="incoterm" defaultValue="FOB">
          {props.incoterms.map((i) => (
            <option key={i}>{i}</option>
          ))}
        </select>
        <label htmlFor={f("destination")}>{text.destination}</label>
        <input id={f("destination")} name="destination" required minLength={2} maxLength={120} />
        <label htmlFor={f("target")}>{text.targetPrice}</label>
        <input id={f("target")} name="target_price" type="number" min={0} step="any" />
        <label htmlFor={f("currency")}>{text.currency}</label>
        <select id={f("currency")} name="currency" defaultValue={props.defaultCurrency}>
          {props.currencies.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
        <label htmlFor={f("expected")}>{text.expected}</label>
        <input id={f("expected")} name="expected_date" type="date" />
      </fieldset>

      <fieldset>
        <legend>{text.certificates}</legend>
        {props.certificates.map((c) => (
          <label key={c.value} className="choice">
            <input type="checkbox" name="certificates" value={c.value} /> {c.label}
          </label>
        ))}
        <label className="choice">
          <input type="checkbox" name="sample_requested" /> {text.sample}
        </label>
      </fieldset>

      <label htmlFor={f("message")}>{text.message}</label>
      <textarea id={f("message")} name="message" required maxLength={4000} rows={4} />
      <div className="hp" aria-hidden="true">
        <label>
          Website
          <input name="website" tabIndex={-1} autoComplete="off" />
        </label>
      </div>
      {state.kind === "error" && state.problem && (
        <div role="alert" className="alert">
          <p>{state.problem.message}</p>
        </div>
      )}
      <button type="submit" disabled={state.kind === "busy"}>
        {state.kind === "busy" ? text.sending : text.send}
      </button>
    </form>
  )
}

function Select(props: {
  id?: string
  name: string
  options: Option[]
  value?: string
  defaultValue?: string
  onChange?: (value: string) => void
}) {
  const { options, onChange, ...rest } = props
  return (
    <select {...rest} onChange={onChange ? (e) => onChange(e.currentTarget.value) : undefined}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  )
}
