import type { Address, ParcelItem, Quote } from "./rates"
import { quote } from "./rates"
import type { RateTables } from "./tables"

/**
 * Where prices come from: the gallery's rate tables by default. A courier's rate API (JNE, J&T,
 * Pos Indonesia's, an aggregator's) fits behind the same two calls; none is reachable from the
 * gallery's servers today, so the tables are the complete default, not a stand-in.
 */
export interface RateSource {
  /** the services this source can price, as the shipping options Admin offers */
  services(): { code: string; name: { id: string; en: string }; days: string }[]
  /** the price of a parcel by one service to one address, in the cart's currency */
  quote(serviceCode: string, address: Address, items: ParcelItem[], currencyCode: string): Promise<Quote>
}

export class RateTableSource implements RateSource {
  readonly tables: RateTables
  constructor(tables: RateTables) {
    this.tables = tables
  }
  services() {
    return this.tables.services.map((s) => ({ code: s.code, name: s.name, days: s.days }))
  }
  async quote(serviceCode: string, address: Address, items: ParcelItem[], currencyCode: string) {
    return quote(this.tables, serviceCode, address, items, currencyCode)
  }
}
