import { manageView, type ManageInput } from './manageView'

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
  expect(view.back).toBe('Wróć na stronę Studio Jogi')
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
