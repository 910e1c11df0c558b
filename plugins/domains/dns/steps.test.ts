import { stepState, withStep } from './steps'

const now = new Date('2026-11-30T10:00:00Z')

describe('order steps', () => {
  it('adds a missing step, changes an existing one in place and counts attempts', () => {
    const first = withStep([{ id: 'a', step: 'delivery', state: 'done', attempts: 3 }], 'dns', { state: 'running', attempt: true }, now)
    expect(first).toEqual([
      { id: 'a', step: 'delivery', state: 'done', attempts: 3 },
      { step: 'dns', state: 'running', attempts: 1, updatedAt: '2026-11-30T10:00:00.000Z' },
    ])
    const failed = withStep(first, 'dns', { state: 'failed', error: 'OVH refused' }, now)
    expect(failed[1]).toMatchObject({ state: 'failed', attempts: 1, error: 'OVH refused' })
    expect(withStep(failed, 'dns', { state: 'done', error: null, attempt: true }, now)[1]).toMatchObject({ state: 'done', attempts: 2, error: null })
    expect(stepState(failed, 'dns')).toBe('failed')
    expect(stepState(failed, 'verification')).toBe('pending')
    expect(stepState(null, 'dns')).toBe('pending')
  })
})
