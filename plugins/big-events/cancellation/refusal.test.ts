import { cancellationRefusal } from './refusal'

const now = new Date('2026-12-05T12:00:00Z')

it('refuses an event that has ended, in Polish and English', () => {
  expect(cancellationRefusal('2026-12-05T11:59:59Z', now, 'pl')).toMatch(/już się odbyło/)
  expect(cancellationRefusal('2026-12-01T10:00:00Z', now, 'en')).toMatch(/already over/)
})

it('allows an event still ahead or under way', () => {
  expect(cancellationRefusal('2026-12-05T12:00:01Z', now, 'pl')).toBeUndefined()
  expect(cancellationRefusal('2027-01-01T10:00:00Z', now, 'en')).toBeUndefined()
  expect(cancellationRefusal(undefined, now, 'pl')).toBeUndefined()
})
