import { OvhError } from '../ovh'
import { errorCodeOf, isFinalFailure, leftWorkAtOvh, orderErrorMessage, ovhFailure, readErrorDetails, technicalMessage } from './errors'

const NBSP = '\u00a0'
const refused = new OvhError({
  status: 400,
  ovhMessage: 'Missing configuration OWNER_CONTACT for item 1',
  call: 'POST /order/cart/*/checkout',
  queryId: 'EU.ext-1',
})

it('an OVH refusal: the step, then OVH’s words, in Polish and English; kept as data that survives JSON', () => {
  const details = JSON.parse(JSON.stringify(ovhFailure('checkout', refused)))
  expect(readErrorDetails(details)).toEqual(details)
  expect(orderErrorMessage(details, 'pl')).toBe(
    'Nie udało się: złożenie zamówienia w OVH. OVH odrzuciło zapytanie POST /order/cart/*/checkout: „Missing configuration OWNER_CONTACT for item 1”.',
  )
  expect(orderErrorMessage(details, 'en')).toBe(
    'Failed: placing the order at OVH. OVH refused POST /order/cart/*/checkout: "Missing configuration OWNER_CONTACT for item 1".',
  )
  expect(errorCodeOf(details)).toBe('bad-request')
  expect(technicalMessage(details)).toBe(
    'ovh at checkout: OVH POST /order/cart/*/checkout: 400 Missing configuration OWNER_CONTACT for item 1 (query EU.ext-1)',
  )
})

it('keeps OVH’s code and the kind OVH did not say (a timeout)', () => {
  const granted = ovhFailure(
    'cart',
    new OvhError({ status: 403, errorCode: 'NOT_GRANTED_CALL', ovhMessage: 'This call has not been granted', call: 'POST /order/cart' }),
  )
  expect(errorCodeOf(granted)).toBe('NOT_GRANTED_CALL')
  expect(orderErrorMessage(granted, 'en')).toContain('not allowed to call POST /order/cart (NOT_GRANTED_CALL')
  const silent = ovhFailure(
    'item',
    new OvhError({ status: 0, ovhMessage: 'no answer within 300 ms', call: 'POST /order/cart/*/domain', timeoutMs: 300 }, 'timeout'),
  )
  expect(orderErrorMessage(JSON.parse(JSON.stringify(silent)), 'pl')).toBe(
    'Nie udało się: dodanie domeny do koszyka. OVH nie odpowiedziało w ciągu 1 s. Spróbuj ponownie za chwilę.',
  )
  expect(leftWorkAtOvh(silent)).toBe(true)
  expect(leftWorkAtOvh(ovhFailure('checkout', refused))).toBe(false)
})

it('the platform’s own causes, with amounts and Polish plurals', () => {
  expect(orderErrorMessage({ step: 'configuration', kind: 'configuration', labels: ['OWNER_CONTACT', 'ACCEPT_CONDITIONS'] }, 'pl')).toBe(
    'Nie udało się: wymagana konfiguracja. OVH wymaga ustawień, których platforma nie ma: OWNER_CONTACT, ACCEPT_CONDITIONS. Administrator platformy musi je podać (DOMAINS_OWNER_CONTACT lub DOMAINS_OVH_CONFIGURATION).',
  )
  expect(orderErrorMessage({ step: 'item', kind: 'price-changed', paidNet: 3999, ovhNet: 4599 }, 'pl')).toContain(
    `OVH podało cenę 45,99${NBSP}zł netto, a zapłacono 39,99${NBSP}zł netto.`,
  )
  expect(orderErrorMessage({ step: 'delivery', kind: 'follow-timeout', days: 14, ovhStatus: 'checking' }, 'pl')).toContain('w ciągu 14 dni.')
  expect(orderErrorMessage({ step: 'delivery', kind: 'follow-timeout', days: 1, ovhStatus: null }, 'pl')).toContain('w ciągu 1 dnia.')
  expect(orderErrorMessage({ step: 'delivery', kind: 'follow-timeout', days: 1, ovhStatus: null }, 'en')).toContain('within 1 day.')
  expect(orderErrorMessage({ step: 'payment', kind: 'payment-failed', reason: 'expired' }, 'en')).toBe(
    'Failed: payment. The payment was not completed in time, so we cancelled the order. Nothing was charged; you may order the domain again.',
  )
  expect(leftWorkAtOvh({ step: 'item', kind: 'price-changed', paidNet: 1, ovhNet: 2 })).toBe(true)
  expect(isFinalFailure({ step: 'checkout', kind: 'checkout-interrupted', ovh: refused.details })).toBe(true)
  expect(isFinalFailure({ step: 'payment', kind: 'name-lost' })).toBe(true)
  expect(isFinalFailure(undefined)).toBe(false)
  expect(readErrorDetails({ message: 'x' })).toBeUndefined()
  expect(readErrorDetails(null)).toBeUndefined()
})
