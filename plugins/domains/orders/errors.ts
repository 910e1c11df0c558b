/**
 * Why a domain order failed, kept as data on the order (`errorDetails`), and what the owner reads about it (pure):
 * which step, then the cause in Polish or English, OVH's own code and words quoted for OVH's refusals.
 */
import { formatMoney, polishPlural, type Lang } from '@platform/format'
import { OvhError, type OvhErrorDetails, type OvhErrorKind } from '../ovh'
import type { DomainStep } from '../slugs'

export type OrderErrorDetails = { step: DomainStep } & (
  | { kind: 'ovh'; ovhKind: OvhErrorKind; ovh: OvhErrorDetails }
  /** OVH asks for configuration the platform has no value for (labels). */
  | { kind: 'configuration'; labels: string[] }
  /** DOMAINS_OVH_CONFIGURATION or the OVH keys cannot be read. */
  | { kind: 'settings'; problem: string }
  /** The name was registered by someone else after the order was paid (OVH offers it for transfer only). */
  | { kind: 'not-available'; pricingMode: string | null }
  /** OVH's price for the item is more than the owner paid (net, grosze). */
  | { kind: 'price-changed'; paidNet: number; ovhNet: number }
  /** The checkout was interrupted and OVH refused it again: the order may exist at OVH. */
  | { kind: 'checkout-interrupted'; ovh: OvhErrorDetails }
  /** OVH cancelled the order (e.g. someone registered the name meanwhile). */
  | { kind: 'order-cancelled'; ovhStatus: string }
  /** OVH did not deliver within DOMAINS_ORDER_FOLLOW_DAYS. */
  | { kind: 'follow-timeout'; days: number; ovhStatus: string | null }
  /** The platform payment failed or expired: the order is cancelled. */
  | { kind: 'payment-failed'; reason: 'failed' | 'expired' }
  /** The payment came after the order was cancelled and another order had taken the name meanwhile. */
  | { kind: 'name-lost' }
)

const STEP_TEXT: Record<DomainStep, { pl: string; en: string }> = {
  payment: { pl: 'płatność', en: 'payment' },
  cart: { pl: 'utworzenie koszyka w OVH', en: 'creating the OVH cart' },
  item: { pl: 'dodanie domeny do koszyka', en: 'adding the domain to the cart' },
  assign: { pl: 'przypisanie koszyka do konta', en: 'assigning the cart to the account' },
  configuration: { pl: 'wymagana konfiguracja', en: 'the required configuration' },
  checkout: { pl: 'złożenie zamówienia w OVH', en: 'placing the order at OVH' },
  delivery: { pl: 'rejestracja domeny', en: 'registering the domain' },
  dns: { pl: 'ustawienie rekordów DNS', en: 'setting the DNS records' },
  refresh: { pl: 'odświeżenie strefy DNS', en: 'refreshing the DNS zone' },
  verification: { pl: 'sprawdzenie DNS', en: 'checking DNS' },
}

const money = (grosze: number, lang: Lang) => formatMoney(grosze, lang)
const days = (count: number, lang: Lang) =>
  lang === 'pl' ? `${count} ${polishPlural(count, { one: 'dnia', few: 'dni', many: 'dni' })}` : `${count} ${count === 1 ? 'day' : 'days'}`

const cause = (details: OrderErrorDetails, lang: Lang): string => {
  const pl = lang === 'pl'
  switch (details.kind) {
    case 'ovh':
      return new OvhError(details.ovh, details.ovhKind).userMessage(lang)
    case 'configuration':
      return pl
        ? `OVH wymaga ustawień, których platforma nie ma: ${details.labels.join(', ')}. Administrator platformy musi je podać (DOMAINS_OWNER_CONTACT lub DOMAINS_OVH_CONFIGURATION).`
        : `OVH requires settings the platform does not have: ${details.labels.join(', ')}. The platform administrator must provide them (DOMAINS_OWNER_CONTACT or DOMAINS_OVH_CONFIGURATION).`
    case 'settings':
      return pl
        ? `Konfiguracja domen na platformie jest błędna (${details.problem}). Administrator platformy musi ją poprawić.`
        : `The platform's domain settings are wrong (${details.problem}). The platform administrator must fix them.`
    case 'not-available':
      return pl
        ? 'Domenę zarejestrował ktoś inny, zanim OVH przyjęło zamówienie. Skontaktuj się z nami w sprawie zwrotu albo wybierz inną nazwę.'
        : 'Someone else registered the domain before OVH took the order. Please contact us about a refund, or choose another name.'
    case 'price-changed':
      return pl
        ? `OVH podało cenę ${money(details.ovhNet, lang)} netto, a zapłacono ${money(details.paidNet, lang)} netto. Zamówienie wstrzymaliśmy; skontaktuj się z nami w sprawie dopłaty lub zwrotu.`
        : `OVH now asks ${money(details.ovhNet, lang)} excl. VAT, but ${money(details.paidNet, lang)} excl. VAT was paid. We stopped the order; please contact us about the difference or a refund.`
    case 'checkout-interrupted':
      return pl
        ? `Składanie zamówienia w OVH zostało przerwane, a ponowna próba się nie udała (${new OvhError(details.ovh).userMessage('pl').replace(/\.$/, '')}). Zamówienie mogło już powstać w OVH; administrator platformy musi to sprawdzić.`
        : `Placing the order at OVH was interrupted and trying again failed (${new OvhError(details.ovh).userMessage('en').replace(/\.$/, '')}). The order may already exist at OVH; the platform administrator must check.`
    case 'order-cancelled':
      return pl
        ? 'OVH anulowało zamówienie (na przykład ktoś inny zarejestrował tę domenę w międzyczasie). Możesz spróbować ponownie albo skontaktować się z nami w sprawie zwrotu.'
        : 'OVH cancelled the order (for instance, someone else registered the domain meanwhile). You may try again or contact us about a refund.'
    case 'follow-timeout':
      return pl
        ? `OVH nie zarejestrowało domeny w ciągu ${days(details.days, lang)}. Administrator platformy musi sprawdzić zamówienie w OVH.`
        : `OVH did not register the domain within ${days(details.days, lang)}. The platform administrator must check the order at OVH.`
    case 'payment-failed':
      return details.reason === 'expired'
        ? pl
          ? 'Płatność nie została dokończona w wyznaczonym czasie, więc anulowaliśmy zamówienie. Nie pobraliśmy pieniędzy; domenę możesz zamówić ponownie.'
          : 'The payment was not completed in time, so we cancelled the order. Nothing was charged; you may order the domain again.'
        : pl
          ? 'Płatność się nie powiodła, więc anulowaliśmy zamówienie. Nie pobraliśmy pieniędzy; domenę możesz zamówić ponownie.'
          : 'The payment failed, so we cancelled the order. Nothing was charged; you may order the domain again.'
    case 'name-lost':
      return pl
        ? 'Płatność dotarła po anulowaniu zamówienia, a w międzyczasie tę domenę zamówiono dla innej strony. Skontaktuj się z nami w sprawie zwrotu.'
        : 'The payment arrived after the order was cancelled, and the domain was ordered for another site meanwhile. Please contact us about a refund.'
  }
}

/** The owner's sentence: the step, then the cause. */
export const orderErrorMessage = (details: OrderErrorDetails, lang: Lang): string => {
  const step = STEP_TEXT[details.step]?.[lang] ?? details.step
  return lang === 'pl' ? `Nie udało się: ${step}. ${cause(details, lang)}` : `Failed: ${step}. ${cause(details, lang)}`
}

/** A stored value read back (the JSON field), or undefined when it is not one of ours. */
export const readErrorDetails = (value: unknown): OrderErrorDetails | undefined =>
  value && typeof value === 'object' && 'kind' in value && 'step' in value ? (value as OrderErrorDetails) : undefined

/** The details of an OVH failure at a step. */
export const ovhFailure = (step: DomainStep, error: OvhError): OrderErrorDetails => ({ step, kind: 'ovh', ovhKind: error.kind, ovh: error.details })

/**
 * Whether a failed call may still have done its work at OVH: no answer, a 5xx or an answer we could not read. A
 * step that failed so is never simply sent again on the same cart (a second item, a second order).
 */
export const mayHaveReachedOvh = (kind: OvhErrorKind): boolean =>
  kind === 'timeout' || kind === 'network' || kind === 'unavailable' || kind === 'invalid-response'

/** Whether the failed step's work may exist at OVH (its retry then starts on a fresh cart, or re-sends the checkout knowingly). */
export const leftWorkAtOvh = (details: OrderErrorDetails): boolean =>
  (details.kind === 'ovh' && mayHaveReachedOvh(details.ovhKind)) || details.kind === 'price-changed' || details.kind === 'not-available'

/** Failures a retry cannot mend (staff must look at OVH, or refund). */
export const isFinalFailure = (details: OrderErrorDetails | undefined): boolean => details?.kind === 'checkout-interrupted' || details?.kind === 'name-lost'

/** OVH's code, or our kind: the order's `errorCode` (staff filter by it). */
export const errorCodeOf = (details: OrderErrorDetails): string =>
  (details.kind === 'ovh' ? (details.ovh.errorCode ?? details.ovhKind) : details.kind).slice(0, 64)

/** One technical line for logs and staff (`errorMessage`): English, with OVH's call and query id. */
export const technicalMessage = (details: OrderErrorDetails): string => {
  if (details.kind === 'ovh' || details.kind === 'checkout-interrupted') {
    const { call, status, errorCode, ovhMessage, queryId } = details.ovh
    return `${details.kind} at ${details.step}: OVH ${call}: ${status || 'no answer'} ${errorCode ?? ''} ${ovhMessage}${queryId ? ` (query ${queryId})` : ''}`
      .replace(/\s+/g, ' ')
      .trim()
  }
  return `${details.kind} at ${details.step}: ${orderErrorMessage(details, 'en')}`
}
