import { activeSubscribers, campaignRows, engagementOverTime, rate, subscribersOverTime } from './aggregate'

const range = { from: new Date('2026-11-23T12:00:00Z'), to: new Date('2026-11-26T12:00:00Z'), bucket: 'day' as const }

describe('subscribers', () => {
  const subscribers = [
    { isActive: true, isConfirmed: true, confirmedAt: '2026-11-01T10:00:00Z' }, // before the range
    { isActive: true, isConfirmed: true, confirmedAt: '2026-11-23T10:00:00Z' },
    { isActive: true, isConfirmed: true, confirmedAt: '2026-11-23T22:30:00Z' }, // 23:30 in Warsaw: still the 23rd
    { isActive: false, isConfirmed: true, confirmedAt: '2026-11-02T10:00:00Z', unsubscribedAt: '2026-11-25T09:00:00Z' },
    { isActive: false, isConfirmed: true, confirmedAt: '2026-11-24T08:00:00Z', hardBouncedAt: '2026-11-26T09:00:00Z' },
    { isActive: false, isConfirmed: true, confirmedAt: '2026-11-03T10:00:00Z', unsubscribedAt: '2026-11-10T09:00:00Z' }, // left before the range
    { isActive: true, isConfirmed: false }, // pending
    { isActive: false, isConfirmed: true, confirmedAt: '2026-11-05T10:00:00Z' }, // switched off by hand, time unknown
  ]

  it('counts the confirmed active subscribers now', () => {
    expect(activeSubscribers(subscribers)).toBe(3)
  })

  it('gives new confirmations, departures and the running total per day', () => {
    expect(subscribersOverTime(subscribers, range)).toEqual([
      { key: '2026-11-23', confirmed: 2, left: 0, total: 4 },
      { key: '2026-11-24', confirmed: 1, left: 0, total: 5 },
      { key: '2026-11-25', confirmed: 0, left: 1, total: 4 },
      { key: '2026-11-26', confirmed: 0, left: 1, total: 3 },
    ])
  })

  it('ends on the number active now when the range ends today', () => {
    const rows = subscribersOverTime(subscribers, range)
    expect(rows[rows.length - 1].total).toBe(activeSubscribers(subscribers))
  })

  it('groups by ISO week', () => {
    expect(subscribersOverTime(subscribers, { ...range, bucket: 'week' })).toEqual([{ key: '2026-11-23', confirmed: 3, left: 2, total: 3 }])
  })
})

describe('engagement', () => {
  it('counts first opens and clicks per day, leaving out those outside the range', () => {
    const deliveries = [
      { openedAt: '2026-11-23T08:00:00Z', clickedAt: '2026-11-23T08:01:00Z' },
      { openedAt: '2026-11-23T09:00:00Z' },
      { openedAt: '2026-11-25T09:00:00Z', clickedAt: '2026-11-26T09:00:00Z' },
      { openedAt: '2026-11-20T09:00:00Z' },
      {},
    ]
    expect(engagementOverTime(deliveries, range)).toEqual([
      { key: '2026-11-23', opens: 2, clicks: 1 },
      { key: '2026-11-24', opens: 0, clicks: 0 },
      { key: '2026-11-25', opens: 1, clicks: 0 },
      { key: '2026-11-26', opens: 0, clicks: 1 },
    ])
  })
})

describe('campaigns', () => {
  it('has no rate before anything was sent', () => {
    expect(rate(0, 0)).toBeNull()
    expect(rate(5, null)).toBeNull()
    expect(rate(1, 8)).toBe(0.125)
  })

  it('gives rates and the most clicked links of each campaign', () => {
    const rows = campaignRows(
      [
        { id: 1, subject: 'Listopad', sentCount: 8, openCount: 4, clickCount: 1 },
        { id: 2, subject: 'Szkic', sentCount: 0 },
      ],
      [
        { campaign: 1, url: 'https://a.example/', count: 2 },
        { campaign: 1, url: 'https://c.example/', count: 7 },
        { campaign: 1, url: 'https://b.example/', count: 2 },
        { campaign: 3, url: 'https://other.example/', count: 9 },
      ],
      2,
    )
    expect(rows).toEqual([
      {
        id: 1,
        subject: 'Listopad',
        sentAt: undefined,
        sent: 8,
        openRate: 0.5,
        clickRate: 0.125,
        topLinks: [
          { url: 'https://c.example/', count: 7 },
          { url: 'https://a.example/', count: 2 },
        ],
      },
      { id: 2, subject: 'Szkic', sentAt: undefined, sent: 0, openRate: null, clickRate: null, topLinks: [] },
    ])
  })
})
