import { readFileSync } from "node:fs"
import type {
  CalculatedShippingOptionPrice,
  CalculateShippingOptionPriceDTO,
  CreateFulfillmentResult,
  CreateShippingOptionDTO,
  FulfillmentOption,
} from "@medusajs/framework/types"
import { AbstractFulfillmentProviderService, MedusaError } from "@medusajs/framework/utils"
import { type RateSource, RateTableSource } from "./courier"
import { RateError } from "./rates"
import { DEFAULT_RATE_TABLES, parseRateTables } from "./tables"

export type RateTableProviderOptions = {
  /** a JSON file with the whole rate table (the shape of tables.ts), instead of the default */
  tablesFile?: string
}

/**
 * A Medusa fulfillment provider that prices each cart's parcel by chargeable weight from the
 * gallery's rate tables (domestic zones from Cirebon, international zones), per service. Its
 * shipping options are "calculated": Medusa asks it for the price of the cart at hand. Shipments
 * themselves are packed and handed to the courier by people (the waybill is recorded on the
 * fulfillment), so creating a fulfillment here records what was chosen and sends nothing.
 */
export default class RateTableFulfillmentProvider extends AbstractFulfillmentProviderService {
  static override identifier = "rate-table"
  protected readonly source: RateSource

  constructor(_container: Record<string, unknown>, options: RateTableProviderOptions = {}) {
    super()
    const tables = options.tablesFile
      ? parseRateTables(JSON.parse(readFileSync(options.tablesFile, "utf8")), options.tablesFile)
      : DEFAULT_RATE_TABLES
    this.source = new RateTableSource(tables)
  }

  override async getFulfillmentOptions(): Promise<FulfillmentOption[]> {
    return this.source.services().map((s) => ({ id: s.code, service: s.code, name: s.name.en, days: s.days }))
  }

  override async validateOption(data: Record<string, unknown>): Promise<boolean> {
    const code = String(data.service ?? data.id ?? "")
    return this.source.services().some((s) => s.code === code)
  }

  override async validateFulfillmentData(optionData: Record<string, unknown>, data: Record<string, unknown>) {
    return { ...data, service: String(optionData.service ?? optionData.id ?? "") }
  }

  override async canCalculate(data: CreateShippingOptionDTO): Promise<boolean> {
    const optionData = (data as { data?: Record<string, unknown> }).data ?? {}
    return this.validateOption(optionData)
  }

  override async calculatePrice(
    optionData: CalculateShippingOptionPriceDTO["optionData"],
    _data: CalculateShippingOptionPriceDTO["data"],
    context: CalculateShippingOptionPriceDTO["context"],
  ): Promise<CalculatedShippingOptionPrice> {
    const service = String(optionData.service ?? optionData.id ?? "")
    const currency = String((context as { currency_code?: string }).currency_code ?? "idr")
    const items = (context.items ?? []).map((item) => ({
      quantity: Number(item.quantity),
      weight_g: item.variant?.weight ?? null,
      length_cm: item.variant?.length ?? null,
      width_cm: item.variant?.width ?? null,
      height_cm: item.variant?.height ?? null,
    }))
    try {
      const priced = await this.source.quote(service, context.shipping_address ?? {}, items, currency)
      // prices in the table include PPN for Indonesia, as the store's IDR prices do
      return { calculated_amount: priced.amount, is_calculated_price_tax_inclusive: currency === "idr" }
    } catch (error) {
      if (error instanceof RateError) throw new MedusaError(MedusaError.Types.INVALID_DATA, error.message)
      throw error
    }
  }

  override async createFulfillment(data: Record<string, unknown>): Promise<CreateFulfillmentResult> {
    return { data: { ...data }, labels: [] }
  }

  override async cancelFulfillment(): Promise<Record<string, unknown>> {
    return {}
  }

  override async createReturnFulfillment(): Promise<CreateFulfillmentResult> {
    return { data: {}, labels: [] }
  }
}
