import { trackingChanges } from './changes'

const now = new Date('2026-11-30T10:00:00.000Z')
const before = '2026-11-29T08:00:00.000Z'

describe('trackingChanges', () => {
  it('the first open stamps the delivery and counts once; later opens change nothing', () => {
    expect(trackingChanges({ event: 'open', individual: true, now })).toEqual({
      delivery: { openedAt: now.toISOString() },
      subscription: { emailsOpened: 1 },
      campaign: { openCount: 1 },
    })
    expect(trackingChanges({ event: 'open', individual: true, openedAt: before, now })).toEqual({ delivery: {}, subscription: {}, campaign: {} })
  })

  it('a first click of an unopened delivery is also its first open', () => {
    expect(trackingChanges({ event: 'click', individual: true, now })).toEqual({
      delivery: { openedAt: now.toISOString(), clickedAt: now.toISOString() },
      subscription: { emailsOpened: 1, emailsClicked: 1 },
      campaign: { openCount: 1, clickCount: 1 },
    })
  })

  it('a first click of an opened delivery counts the click only; a second click nothing', () => {
    expect(trackingChanges({ event: 'click', individual: true, openedAt: before, now })).toEqual({
      delivery: { clickedAt: now.toISOString() },
      subscription: { emailsClicked: 1 },
      campaign: { clickCount: 1 },
    })
    expect(trackingChanges({ event: 'click', individual: true, openedAt: before, clickedAt: before, now })).toEqual({
      delivery: {},
      subscription: {},
      campaign: {},
    })
  })

  it('without individual tracking only the campaign totals count, every event', () => {
    expect(trackingChanges({ event: 'open', individual: false, openedAt: before, now })).toEqual({ delivery: {}, subscription: {}, campaign: { openCount: 1 } })
    expect(trackingChanges({ event: 'click', individual: false, now })).toEqual({ delivery: {}, subscription: {}, campaign: { clickCount: 1 } })
  })
})
