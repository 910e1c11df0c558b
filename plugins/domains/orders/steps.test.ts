import { CART_STEPS, failedStep, initialSteps, resetSteps, stepState, withStep } from './steps'

const at = new Date('2026-11-30T10:00:00Z')
const later = new Date('2026-11-30T10:05:00Z')

it('a new order has every step waiting, in order', () => {
  expect(initialSteps().map((row) => [row.step, row.state, row.attempts])).toEqual([
    ['payment', 'pending', 0],
    ['cart', 'pending', 0],
    ['item', 'pending', 0],
    ['assign', 'pending', 0],
    ['configuration', 'pending', 0],
    ['checkout', 'pending', 0],
    ['delivery', 'pending', 0],
    ['dns', 'pending', 0],
    ['refresh', 'pending', 0],
    ['verification', 'pending', 0],
  ])
  expect(CART_STEPS).toEqual(['cart', 'item', 'assign', 'configuration', 'checkout'])
})

it('withStep changes one row, counts attempts, keeps or clears the error, and never touches the input', () => {
  const start = initialSteps()
  const running = withStep(start, 'cart', { state: 'running', attempt: true }, at)
  expect(running.find((row) => row.step === 'cart')).toEqual({ step: 'cart', state: 'running', attempts: 1, updatedAt: at.toISOString() })
  expect(start.find((row) => row.step === 'cart')).toEqual({ step: 'cart', state: 'pending', attempts: 0 })
  const failed = withStep(running, 'cart', { state: 'failed', error: 'x'.repeat(3000), attempt: true }, later)
  expect(failed.find((row) => row.step === 'cart')).toMatchObject({ state: 'failed', attempts: 2, updatedAt: later.toISOString() })
  expect(failed.find((row) => row.step === 'cart')!.error).toHaveLength(2000)
  expect(stepState(failed, 'cart')).toBe('failed')
  expect(failedStep(failed)).toBe('cart')
  expect(withStep(failed, 'cart', { state: 'done', error: null }, later).find((row) => row.step === 'cart')).toMatchObject({
    state: 'done',
    error: null,
    attempts: 2,
  })
})

it('a missing row is added in its place; reading a missing row is pending', () => {
  const rows = withStep(
    [
      { step: 'payment', state: 'done' },
      { step: 'delivery', state: 'pending' },
    ],
    'checkout',
    { state: 'done' },
    at,
  )
  expect(rows.map((row) => row.step)).toEqual(['payment', 'checkout', 'delivery'])
  expect(stepState([], 'dns')).toBe('pending')
  expect(stepState(null, 'dns')).toBe('pending')
  expect(failedStep(rows)).toBeUndefined()
})

it('resetSteps puts steps back to waiting with no attempts or errors', () => {
  let rows = withStep(initialSteps(), 'cart', { state: 'done', attempt: true }, at)
  rows = withStep(rows, 'item', { state: 'running', attempt: true, error: 'no answer' }, at)
  const reset = resetSteps(rows, ['cart', 'item'], later)
  expect(
    reset.filter((row) => row.step === 'cart' || row.step === 'item').map(({ step, state, attempts, error }) => ({ step, state, attempts, error })),
  ).toEqual([
    { step: 'cart', state: 'pending', attempts: 0, error: null },
    { step: 'item', state: 'pending', attempts: 0, error: null },
  ])
})
