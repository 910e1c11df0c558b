/**
 * What the fake OVH charges (PLN, the PL subsidiary), per extension and year, without VAT as OVH's offers
 * are; the checkout's order adds VAT at 23%. Pure.
 */
import type { OvhPrice } from '../ovh'

/** Net price of a year, in grosze. */
export const DEFAULT_NET_PRICES: Readonly<Record<string, number>> = { pl: 3999, 'com.pl': 2499, com: 5499, eu: 2999 }

export const VAT_PERCENT = 23

/** The extension a price list knows a name by (`kowalska.com.pl` → `com.pl`), the longest one first; undefined when none. */
export const extensionOf = (domain: string, prices: Readonly<Record<string, number>>): string | undefined =>
  Object.keys(prices)
    .sort((a, b) => b.length - a.length)
    .find((extension) => domain.endsWith(`.${extension}`) && domain.length > extension.length + 1)

/** An `order.Price` in PLN from grosze: value in złoty, text as OVH writes it, micro-cents. */
export const ovhPrice = (grosze: number): OvhPrice => ({
  currencyCode: 'PLN',
  text: `${(grosze / 100).toFixed(2)} PLN`,
  value: grosze / 100,
  priceInUcents: grosze * 1_000_000,
})

/** VAT on a net amount in grosze, rounded half up to the grosz. */
export const vatOn = (netGrosze: number, percent = VAT_PERCENT): number => Math.round((netGrosze * percent) / 100)
