import { manageView, PAYMENT_CHECKS, type ManageInput } from './manageView'

const now = new Date('2026-11-30T12:00:00Z')
const input = (
  over: Partial<ManageInput> = {},
  registration: Partial<ManageInput['registration']> = {},
  event: Partial<ManageInput['event']> = {},
): ManageInput => ({
  lang: 'pl',
  now,
  siteName: 'Studio Jogi',
  siteUrl: 'https://example.test/s/studio',
  cancelPath: '/api/public/big-events/1/registrations/t/cancel',
  registration: { status: 'confirmed', name: 'Anna', ...registration },
  event: {
    id: 1,
    title: 'Weekend z jogą',
    status: 'published',
    startDate: '2026-12-05T09:00:00Z',
    endDate: '2026-12-05T15:00:00Z',
    maxParticipants: 10,
    cancelCutoffHours: 24,
    location: 'Szczyrk',
    ...event,
  },
  ...over,
})

it('a confirmed seat: facts in the event’s zone, cancel until the cutoff, no pay button', () => {
  const view = manageView(input())
  expect(view.rows).toEqual([
    { label: 'Kiedy', value: '5 grudnia 2026, 10:00–16:00' },
    { label: 'Gdzie', value: 'Szczyrk' },
    { label: 'Status', value: 'Potwierdzony – do zobaczenia!' },
  ])
  expect(view.cancel?.until).toBe('Zrezygnować możesz online do 4 grudnia 2026, 10:00.')
  expect(view.hold).toBeUndefined()
  expect(view.back).toBe('Wróć na stronę „Studio Jogi”')
})

it('a held seat shows the pay button and when the hold ends; a waitlisted one leaves the list', () => {
  const held = manageView(input({ payUrl: 'https://example.test/api/payments/pay/s' }, { status: 'pending_payment', holdExpiresAt: '2026-11-30T12:15:00Z' }))
  expect(held.hold).toEqual({
    text: 'Rezerwujemy dla Ciebie miejsce do 30 listopada 2026, 13:15. Zapłać, aby potwierdzić udział.',
    payUrl: 'https://example.test/api/payments/pay/s',
    label: 'Zapłać i potwierdź udział',
  })
  expect(manageView(input({}, { status: 'pending_payment', holdExpiresAt: '2026-11-30T12:15:00Z' })).hold).toBeUndefined()
  expect(manageView(input({ lang: 'en' }, { status: 'waitlisted' })).cancel?.label).toBe('Leave the waiting list')
})

it('past the cutoff: no cancel button, the rule explained; started, cancelled or over: neither', () => {
  const late = manageView(input({ now: new Date('2026-12-04T10:00:01Z') }))
  expect(late.cancel).toBeUndefined()
  expect(late.cutoffPassed).toMatch(/^Termin rezygnacji online minął/)
  const started = manageView(input({ now: new Date('2026-12-05T09:00:00Z') }))
  expect([started.cancel, started.cutoffPassed, started.notice]).toEqual([undefined, undefined, 'To wydarzenie już się rozpoczęło lub odbyło.'])
  expect(manageView(input({}, {}, { status: 'cancelled' })).notice).toBe('Organizator odwołał to wydarzenie.')
  expect(manageView(input({}, { status: 'cancelled' })).cancel).toBeUndefined()
})

it('the meeting link only for a confirmed seat at an online event', () => {
  const online = { locationKind: 'online', onlineUrl: 'https://meet.example.com/x' }
  expect(manageView(input({}, {}, online)).meeting).toEqual({ label: 'Link do spotkania online', url: 'https://meet.example.com/x' })
  expect(manageView(input({}, { status: 'waitlisted' }, online)).meeting).toBeUndefined()
  expect(manageView(input({}, { status: 'pending_payment' }, online)).meeting).toBeUndefined()
})

it('back from P24 before its notification: "checking" and a look again instead of the pay button, then the pay button with why', () => {
  const paying = { payUrl: 'https://example.test/api/payments/pay/s' }
  const held = { status: 'pending_payment' as const, holdExpiresAt: '2026-11-30T12:15:00Z' }
  const first = manageView(input({ ...paying, paymentCheck: 1 }, held))
  expect(first.checking).toEqual({
    text: 'Dziękujemy! Czekamy na potwierdzenie płatności z Przelewy24 – zwykle trwa to kilka sekund. Strona odświeży się sama.',
    next: 2,
    seconds: 3,
  })
  expect(first.hold).toBeUndefined()
  expect(first.rows[2]).toEqual({ label: 'Status', value: 'Sprawdzamy płatność' })
  expect(first.cancel).toBeDefined()
  const last = manageView(input({ ...paying, paymentCheck: PAYMENT_CHECKS, lang: 'en' }, held))
  expect(last.checking).toBeUndefined()
  expect(last.hold?.label).toBe('Pay and confirm your place')
  expect(last.notice).toBe('Your payment is not confirmed yet. If it went through, the confirmation will come by email. If not, pay again below.')
  // Confirmed meanwhile, or no open payment: the mark in the address changes nothing.
  expect(manageView(input({ ...paying, paymentCheck: 1 })).checking).toBeUndefined()
  expect(manageView(input({ ...paying, paymentCheck: 1 })).rows[2].value).toBe('Potwierdzony – do zobaczenia!')
  expect(manageView(input({ paymentCheck: 1 }, held)).checking).toBeUndefined()
})
