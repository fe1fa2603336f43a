import { getRelativeLocaleUrl } from "astro:i18n"
import { randomUUID } from "node:crypto"
import {
  INCOTERMS,
  INQUIRY_COUNTRIES,
  INQUIRY_CURRENCIES,
  INQUIRY_LABELS,
  type Locale,
  t,
  type UiKey,
} from "../../i18n/ui"
import type { ListItem } from "./list"

const TEXT_KEYS = {
  items: "inquiry.items",
  empty: "inquiry.list.empty",
  other: "inquiry.other",
  quantity: "inquiry.quantity",
  unit: "inquiry.unit",
  remove: "inquiry.remove",
  keep: "inquiry.keep",
  kept: "inquiry.kept",
  openList: "inquiry.openList",
  buyer: "inquiry.buyer",
  name: "inquiry.name",
  company: "inquiry.company",
  email: "inquiry.email",
  country: "inquiry.country",
  phone: "inquiry.phone",
  terms: "inquiry.terms",
  incoterm: "inquiry.incoterm",
  destination: "inquiry.destination",
  targetPrice: "inquiry.targetPrice",
  currency: "inquiry.currency",
  certificates: "inquiry.certificates",
  sample: "inquiry.sample",
  expected: "inquiry.expected",
  message: "inquiry.message",
  send: "inquiry.send",
  sending: "inquiry.sending",
  error: "inquiry.error",
} satisfies Record<string, UiKey>

const OTHER_COUNTRIES =
  "AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BG BH BN BO BR BT BW BY CA CH CL CN CO CR CY CZ DE DK DO DZ EC EE EG ES ET FI FJ FR GB GE GH GR GT HK HR HU ID IE IL IN IQ IR IS IT JM JO JP KE KH KR KW KZ LA LB LK LT LU LV MA MM MN MO MT MU MV MX MY NG NL NO NP NZ OM PA PE PG PH PK PL PT QA RO RS RU SA SE SG SI SK TH TL TN TR TW TZ UA UG US UY UZ VN ZA"
    .split(" ")
    .filter((c) => !(INQUIRY_COUNTRIES as readonly string[]).includes(c))
const countryLists = new Map<Locale, { value: string; label: string }[]>()

/** Country choices named in the buyer's language: the gallery's export markets first, then A to Z. Made once per language. */
function countries(locale: Locale) {
  let list = countryLists.get(locale)
  if (!list) {
    const names = new Intl.DisplayNames([locale], { type: "region" })
    const country = (code: string) => ({ value: code, label: names.of(code) ?? code })
    list = [
      ...INQUIRY_COUNTRIES.map(country),
      ...OTHER_COUNTRIES.map(country).sort((a, b) => a.label.localeCompare(b.label, locale)),
    ]
    countryLists.set(locale, list)
  }
  return list
}

/** Everything the inquiry form island needs, in the buyer's language. */
export function inquiryFormProps(locale: Locale, regionCurrency: string, product?: ListItem) {
  return {
    locale,
    text: Object.fromEntries(Object.entries(TEXT_KEYS).map(([k, key]) => [k, t(locale, key)])),
    units: Object.entries(INQUIRY_LABELS.unit).map(([value, label]) => ({ value, label: label[locale] })),
    certificates: Object.entries(INQUIRY_LABELS.certificate).map(([value, label]) => ({ value, label: label[locale] })),
    countries: countries(locale),
    incoterms: [...INCOTERMS],
    currencies: [...INQUIRY_CURRENCIES],
    defaultCurrency: (INQUIRY_CURRENCIES as readonly string[]).includes(regionCurrency.toUpperCase())
      ? regionCurrency.toUpperCase()
      : "USD",
    product,
    listHref: getRelativeLocaleUrl(locale, "ekspor/permintaan"),
    submissionId: randomUUID(),
  }
}
