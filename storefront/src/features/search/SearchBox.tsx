import { useEffect, useId, useRef, useState } from "react"
import type { Locale } from "../../i18n/ui"

type Suggestion = { handle: string; title: string }
type Props = {
  locale: Locale
  action: string
  productBase: string
  initial: string
  text: Record<"label" | "placeholder" | "submit" | "suggestions", string>
}

/**
 * The search box on every page: a plain GET form (works without JavaScript) that, once hydrated,
 * shows instant suggestions as an ARIA combobox (arrow keys, Enter, Escape).
 */
export default function SearchBox({ locale, action, productBase, initial, text }: Props) {
  const id = useId()
  const [q, setQ] = useState(initial)
  const [items, setItems] = useState<Suggestion[]>([])
  const [active, setActive] = useState(-1)
  const [open, setOpen] = useState(false)
  const seq = useRef(0)
  const input = useRef<HTMLInputElement>(null)

  useEffect(() => {
    const query = q.trim()
    if (query.length < 2) {
      setItems([])
      return
    }
    const mine = ++seq.current
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/search/suggest?q=${encodeURIComponent(query)}&locale=${locale}`)
        if (!res.ok || mine !== seq.current) return
        const body = (await res.json()) as { suggestions: Suggestion[] }
        setItems(body.suggestions)
        setActive(-1)
        // a results page loads with its query in the box: suggestions open only while the buyer is typing
        setOpen(document.activeElement === input.current)
      } catch {
        setItems([])
      }
    }, 150)
    return () => clearTimeout(timer)
  }, [q, locale])

  const listId = `${id}-list`
  const showList = open && items.length > 0
  return (
    // biome-ignore lint/a11y/useSemanticElements: a search landmark on the form itself; <search> is not yet announced everywhere
    <form method="get" action={action} role="search" className="searchbox">
      <label htmlFor={`${id}-q`} className="visually-hidden">
        {text.label}
      </label>
      <input
        ref={input}
        id={`${id}-q`}
        type="search"
        name="q"
        value={q}
        placeholder={text.placeholder}
        autoComplete="off"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        onChange={(e) => setQ(e.currentTarget.value)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault()
            setOpen(true)
            setActive((a) => Math.min(items.length - 1, a + 1))
          } else if (e.key === "ArrowUp") {
            e.preventDefault()
            setActive((a) => Math.max(-1, a - 1))
          } else if (e.key === "Escape") {
            setOpen(false)
          } else if (e.key === "Enter" && active >= 0 && items[active]) {
            e.preventDefault()
            window.location.assign(`${productBase}${items[active].handle}`)
          }
        }}
      />
      <button type="submit">{text.submit}</button>
      {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA combobox pattern: a list as listbox, focus stays in the input */}
      <ul id={listId} role="listbox" aria-label={text.suggestions} hidden={!showList} className="suggestions">
        {items.map((item, i) => (
          // An option holds text only (no link inside: nested interactive controls confuse screen readers);
          // a click or tap opens the product, as Enter does from the input.
          // biome-ignore lint/a11y/useFocusableInteractive: focus stays in the input, as the combobox pattern requires
          <li
            key={item.handle}
            id={`${listId}-${i}`}
            // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: options of the combobox's listbox (aria-activedescendant)
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => {
              e.preventDefault()
              window.location.assign(`${productBase}${item.handle}`)
            }}
          >
            {item.title}
          </li>
        ))}
      </ul>
    </form>
  )
}
