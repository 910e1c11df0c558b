import { liveHost, refreshDelay, stagesOf, type ProgressInput } from './progress'

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
  it('asks often while an order moves by itself, seldom while an owner sets records, never when all stopped', () => {
    expect(refreshDelay(['live', 'registering'])).toBe(3000)
    expect(refreshDelay(['pending_payment'])).toBe(3000)
    expect(refreshDelay(['awaiting_dns', 'live'])).toBe(15000)
    expect(refreshDelay(['live', 'failed', 'cancelled'])).toBeNull()
    expect(refreshDelay([])).toBeNull()
  })
})

describe('liveHost', () => {
  it('is the apex unless www was chosen', () => {
    expect(liveHost('kowalska.pl', 'www-to-apex')).toBe('kowalska.pl')
    expect(liveHost('kowalska.pl', null)).toBe('kowalska.pl')
    expect(liveHost('kowalska.pl', 'apex-to-www')).toBe('www.kowalska.pl')
  })
})
