/**
 * What OVH's cart offers say about one name, reduced to what an owner needs (pure): whether it can be bought
 * (`create` and orderable) or is registered (`transfer`), the pricing mode, and the year's price in grosze
 * without and with VAT (OVH prices domains without VAT; Polish VAT is added, 23% unless DOMAINS_VAT_PERCENT says).
 */
import type { OvhDomainOffer } from '../ovh'

export type DomainPrice = { currency: string; net: number; vat: number; gross: number }

export type DomainAvailability = {
  domain: string
  /** `create` (free), `transfer` (registered by someone), another OVH action, or null when OVH offers nothing. */
  action: string | null
  pricingMode: string | null
  orderable: boolean
  /** Free to register now. */
  available: boolean
  price: DomainPrice | null
}

export const DEFAULT_VAT_PERCENT = 23

export const vatPercentFrom = (value: string | undefined): number => {
  const percent = Number(value ?? DEFAULT_VAT_PERCENT)
  return Number.isFinite(percent) && percent >= 0 && percent <= 100 ? percent : DEFAULT_VAT_PERCENT
}

/** Net grosze and VAT (rounded half up to the grosz) and their sum. */
export const priceWithVat = (net: number, currency: string, vatPercent: number): DomainPrice => {
  const vat = Math.round((net * vatPercent) / 100)
  return { currency, net, vat, gross: net + vat }
}

/** The offer that matters: a registration when there is one, else the first offer. */
const mainOffer = (offers: OvhDomainOffer[]): OvhDomainOffer | undefined => offers.find((offer) => offer.action === 'create' && offer.orderable) ?? offers[0]

export const availabilityOf = (domain: string, offers: OvhDomainOffer[], vatPercent = DEFAULT_VAT_PERCENT): DomainAvailability => {
  const offer = mainOffer(offers)
  if (!offer) return { domain, action: null, pricingMode: null, orderable: false, available: false, price: null }
  const total = offer.prices.find((price) => price.label === 'TOTAL') ?? offer.prices.find((price) => price.label === 'PRICE')
  const price = total ? priceWithVat(Math.round(total.price.value * 100), total.price.currencyCode, vatPercent) : null
  return {
    domain,
    action: offer.action,
    pricingMode: offer.pricingMode,
    orderable: offer.orderable,
    available: offer.action === 'create' && offer.orderable,
    price,
  }
}
