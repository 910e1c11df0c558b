import { BILLING_TEXT, checkoutErrorText, fill, statusLabel } from './texts'
import { PAYMENT_STATUSES } from '../types'

describe('billing texts', () => {
  it('has every text in both languages, none empty', () => {
    expect(Object.keys(BILLING_TEXT.en).sort()).toEqual(Object.keys(BILLING_TEXT.pl).sort())
    for (const lang of ['pl', 'en'] as const) for (const value of Object.values(BILLING_TEXT[lang])) expect(value.trim()).not.toBe('')
  })

  it('uses the same placeholders in both languages', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()
    for (const key of Object.keys(BILLING_TEXT.pl) as (keyof typeof BILLING_TEXT.pl)[]) {
      expect([key, names(BILLING_TEXT.en[key])]).toEqual([key, names(BILLING_TEXT.pl[key])])
    }
  })

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill(BILLING_TEXT.pl.paidUntil, { plan: 'Pro', date: '30 grudnia 2026' })).toBe('Płatność przyjęta – plan Pro aktywny do 30 grudnia 2026.')
    expect(fill('{a} {b}', { a: 'x' })).toBe('x {b}')
  })

  it('labels every payment status in words, never its raw name', () => {
    for (const status of PAYMENT_STATUSES) {
      for (const lang of ['pl', 'en'] as const) {
        const label = statusLabel(status, BILLING_TEXT[lang])
        expect(label).not.toContain('_')
        expect(label).not.toBe(status)
      }
    }
    expect(statusLabel('paid', BILLING_TEXT.pl)).toBe('Opłacona')
    expect(statusLabel('brand-new-status', BILLING_TEXT.en)).toBe('Pending')
  })

  it('explains a refused checkout by its status', () => {
    const pl = BILLING_TEXT.pl
    expect([401, 400, 429, 502, 503, 500, 'network' as const].map((status) => checkoutErrorText(status, pl))).toEqual([
      pl.errorSignIn,
      pl.errorPlan,
      pl.errorTooMany,
      pl.errorUnavailable,
      pl.errorUnavailable,
      pl.errorUnavailable,
      pl.errorNetwork,
    ])
  })
})
