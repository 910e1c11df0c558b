import { OvhError } from '../ovh'
import { ovhFailure } from './errors'
import type { DomainOrderDoc } from './orderView'
import { resumption } from './retry'
import { initialSteps, withStep, type StepRow } from './steps'

const now = new Date('2026-11-30T12:00:00Z')
const order = (status: string, steps: StepRow[]) => ({ id: 1, status, steps }) as unknown as DomainOrderDoc
const upTo = (failed: StepRow['step']) => {
  let rows = initialSteps()
  for (const step of ['payment', 'cart', 'item', 'assign', 'configuration', 'checkout', 'delivery'] as const) {
    if (step === failed) return withStep(rows, step, { state: 'failed', attempt: true, error: 'x' }, now)
    rows = withStep(rows, step, { state: 'done', attempt: true }, now)
  }
  return rows
}
const stateOf = (data: Record<string, unknown>, step: string) => (data.steps as StepRow[]).find((row) => row.step === step)?.state

it('a refused checkout is sent again on the same cart; completed steps stay done', () => {
  const refused = ovhFailure('checkout', new OvhError({ status: 400, ovhMessage: 'x', call: 'POST /order/cart/*/checkout' }))
  const resumed = resumption(order('failed', upTo('checkout')), refused, 'checkout', now)
  if (typeof resumed === 'string') throw new Error(resumed)
  expect(resumed.job).toBe('domains.place-order')
  expect(resumed.data).toMatchObject({ status: 'ordering', errorMessage: null, errorCode: null, errorDetails: null })
  expect(['cart', 'item', 'assign', 'configuration', 'checkout'].map((step) => stateOf(resumed.data, step))).toEqual([
    'done',
    'done',
    'done',
    'done',
    'pending',
  ])
})

it('a step OVH may have done (no answer, an item at a refused price) is marked running: the job starts on a fresh cart', () => {
  const silent = ovhFailure('item', new OvhError({ status: 0, ovhMessage: 'no answer', call: 'POST /order/cart/*/domain' }, 'timeout'))
  const resumed = resumption(order('failed', upTo('item')), silent, 'item', now)
  expect(typeof resumed !== 'string' && stateOf(resumed.data, 'item')).toBe('running')
  const priced = resumption(order('failed', upTo('item')), { step: 'item', kind: 'price-changed', paidNet: 1, ovhNet: 2 }, 'item', now)
  expect(typeof priced !== 'string' && stateOf(priced.data, 'item')).toBe('running')
})

it('an order OVH cancelled starts over from a new cart; a stuck one is followed again', () => {
  const cancelled = resumption(order('failed', upTo('delivery')), { step: 'delivery', kind: 'order-cancelled', ovhStatus: 'cancelled' }, 'delivery', now)
  if (typeof cancelled === 'string') throw new Error(cancelled)
  expect(cancelled.job).toBe('domains.place-order')
  expect(cancelled.data).toMatchObject({ status: 'ordering', ovhCartId: null, ovhOrderId: null, ovhOrderStatus: null })
  expect(['payment', 'cart', 'checkout', 'delivery'].map((step) => stateOf(cancelled.data, step))).toEqual(['done', 'pending', 'pending', 'pending'])
  const stuck = resumption(order('failed', upTo('delivery')), { step: 'delivery', kind: 'follow-timeout', days: 14, ovhStatus: 'checking' }, 'delivery', now)
  if (typeof stuck === 'string') throw new Error(stuck)
  expect(stuck).toMatchObject({ job: 'domains.follow-order', data: { status: 'registering', nextCheckAt: now.toISOString() } })
  expect((stuck.data.steps as StepRow[]).find((row) => row.step === 'delivery')).toMatchObject({ state: 'pending', attempts: 0 })
})

it('refuses what a retry cannot mend, and orders that did not fail', () => {
  const refused = new OvhError({ status: 403, ovhMessage: 'This cart is read only', call: 'POST /order/cart/*/checkout' })
  expect(resumption(order('failed', upTo('checkout')), { step: 'checkout', kind: 'checkout-interrupted', ovh: refused.details }, 'checkout', now)).toBe('final')
  expect(resumption(order('failed', upTo('payment')), { step: 'payment', kind: 'name-lost' }, 'payment', now)).toBe('final')
  expect(resumption(order('failed', upTo('delivery')), undefined, 'dns', now)).toBe('final')
  for (const status of ['ordering', 'registering', 'live', 'cancelled', 'pending_payment'])
    expect(resumption(order(status, upTo('checkout')), undefined, 'checkout', now)).toBe('not-failed')
})
