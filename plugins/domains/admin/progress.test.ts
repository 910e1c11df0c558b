import { listOrder, liveHost, refreshDelay, stagesOf, type ProgressInput } from './progress'

const steps = (states: Record<string, string>) => Object.entries(states).map(([step, state]) => ({ step, state }))
const states = (order: ProgressInput) => stagesOf(order).map(({ key, state }) => `${key}:${state}`)

describe('stagesOf', () => {
  it('walks a bought domain from payment to live', () => {
    const purchase = (status: ProgressInput['status']) => states({ kind: 'purchase', status, steps: [] })
    expect(purchase('pending_payment')).toEqual([
      'payment:current',
      'ovhOrder:pending',
      'registration:pending',
      'dns:pending',
      'verification:pending',
      'live:pending',
    ])
    expect(purchase('ordering').slice(0, 3)).toEqual(['payment:done', 'ovhOrder:current', 'registration:pending'])
    expect(purchase('registering').slice(1, 4)).toEqual(['ovhOrder:done', 'registration:current', 'dns:pending'])
    expect(purchase('configuring_dns').slice(2, 5)).toEqual(['registration:done', 'dns:current', 'verification:pending'])
    expect(purchase('verifying').slice(3)).toEqual(['dns:done', 'verification:current', 'live:pending'])
    expect(purchase('live').every((stage) => stage.endsWith(':done'))).toBe(true)
  })

  it('marks the stage whose step failed, the earlier ones done and the later ones to come', () => {
    const failedAtCheckout = { kind: 'purchase' as const, status: 'failed' as const, steps: steps({ payment: 'done', cart: 'done', checkout: 'failed' }) }
    expect(states(failedAtCheckout).slice(0, 3)).toEqual(['payment:done', 'ovhOrder:failed', 'registration:pending'])
    const failedAtRefresh = { kind: 'purchase' as const, status: 'failed' as const, steps: steps({ dns: 'done', refresh: 'failed' }) }
    expect(states(failedAtRefresh).slice(2, 5)).toEqual(['registration:done', 'dns:failed', 'verification:pending'])
  })

  it('falls back to the step the error names, and a cancelled order stopped at its payment', () => {
    expect(states({ kind: 'purchase', status: 'failed', steps: [], error: { step: 'delivery' } }).slice(1, 4)).toEqual([
      'ovhOrder:done',
      'registration:failed',
      'dns:pending',
    ])
    expect(states({ kind: 'purchase', status: 'cancelled', steps: steps({ payment: 'failed' }) })[0]).toBe('payment:failed')
    expect(states({ kind: 'purchase', status: 'cancelled', steps: [] })[0]).toBe('payment:failed')
  })

  it('walks a domain the owner brings: added, checked, live', () => {
    expect(states({ kind: 'own', status: 'awaiting_dns', steps: steps({ verification: 'running' }) })).toEqual([
      'added:done',
      'verification:current',
      'live:pending',
    ])
    expect(states({ kind: 'own', status: 'failed', steps: steps({ verification: 'failed' }) })).toEqual(['added:done', 'verification:failed', 'live:pending'])
    expect(states({ kind: 'own', status: 'live', steps: [] })).toEqual(['added:done', 'verification:done', 'live:done'])
  })
})

describe('refreshDelay', () => {
  const now = new Date('2026-11-30T12:00:00Z')
  const orders = (...statuses: ProgressInput['status'][]) => statuses.map((status) => ({ status }))
  it('asks often while an order moves by itself, seldom while an owner sets records, never when all stopped', () => {
    expect(refreshDelay(orders('live', 'registering'), now)).toBe(3000)
    expect(refreshDelay(orders('pending_payment'), now)).toBe(3000)
    expect(refreshDelay(orders('awaiting_dns', 'live'), now)).toBe(15000)
    expect(refreshDelay(orders('live', 'failed', 'cancelled'), now)).toBeNull()
    expect(refreshDelay([], now)).toBeNull()
  })

  it('asks often when an own domain is checked within a minute ("check now", the first checks)', () => {
    expect(refreshDelay([{ status: 'awaiting_dns', nextCheckAt: '2026-11-30T12:00:30Z' }], now)).toBe(3000)
    expect(refreshDelay([{ status: 'awaiting_dns', nextCheckAt: '2026-11-30T11:59:00Z' }], now)).toBe(3000)
    expect(refreshDelay([{ status: 'awaiting_dns', nextCheckAt: '2026-11-30T12:10:00Z' }], now)).toBe(15000)
    expect(refreshDelay([{ status: 'awaiting_dns', nextCheckAt: null }], now)).toBe(15000)
    expect(refreshDelay([{ status: 'awaiting_dns', nextCheckAt: '2026-11-30T11:00:00Z' }], now)).toBe(15000)
  })
})

describe('liveHost', () => {
  it('is the apex unless www was chosen', () => {
    expect(liveHost('kowalska.pl', 'www-to-apex')).toBe('kowalska.pl')
    expect(liveHost('kowalska.pl', null)).toBe('kowalska.pl')
    expect(liveHost('kowalska.pl', 'apex-to-www')).toBe('www.kowalska.pl')
  })
})

describe('listOrder', () => {
  it('lists live domains first, then those under way, failed and cancelled, newest first within each', () => {
    const order = (domain: string, status: ProgressInput['status'], day: number) => ({ domain, status, createdAt: `2026-11-${day}T10:00:00Z` })
    const listed = listOrder([
      order('a.pl', 'cancelled', 29),
      order('b.pl', 'live', 10),
      order('c.pl', 'awaiting_dns', 20),
      order('d.pl', 'failed', 28),
      order('e.pl', 'registering', 25),
      order('f.pl', 'live', 12),
    ])
    expect(listed.map((item) => item.domain)).toEqual(['f.pl', 'b.pl', 'e.pl', 'c.pl', 'd.pl', 'a.pl'])
  })
})
