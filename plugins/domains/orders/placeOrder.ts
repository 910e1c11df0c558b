/**
 * The `domains.place-order` job: OVH's documented order steps for a paid order, cart → item → assign →
 * configuration → checkout, each step's state, attempts and error kept on the order.
 *
 * How it stays one order at OVH:
 * - a run holds the order's run lock (orderRunLock) from start to end, so two runs (the payment's job, a retry)
 *   never overlap; each step is claimed (`running`, one more attempt) in a committed transaction before OVH is
 *   called, and its result recorded in another, both under the order's lock;
 * - a completed step is never run again: a run continues after the last completed step;
 * - a step found `running` was interrupted (the process died, or OVH did not answer), so its work may exist at
 *   OVH: before the checkout the run starts again on a fresh cart (the old one was never checked out and expires
 *   at OVH), and an interrupted checkout is sent again on the same cart, which OVH turns read-only when it takes an
 *   order, so the second checkout either places the only order or is refused (then the order fails for staff to
 *   check, `checkout-interrupted`);
 * - OVH not answering (down, slow, clocks apart) is retried by itself with back-off (DOMAINS_ORDER_RETRY_MS,
 *   DOMAINS_ORDER_AUTO_RETRIES); any other refusal fails the order with OVH's message (failure.ts).
 * After the checkout the order is `registering` and the follow job polls it (followOrder.ts).
 */
import type { Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'

import { enqueueAfterCommit, inTransaction, lockForTransaction } from '@platform'
import { isOvhError, type OvhApi, type OvhError } from '../ovh'
import { DOMAIN_ORDERS } from '../slugs'
import { planConfiguration } from './configuration'
import { mayHaveReachedOvh, ovhFailure, type OrderErrorDetails } from './errors'
import { failOrder } from './failure'
import { orderRunLock } from './locks'
import { FOLLOW_ORDER_JOB, PLACE_ORDER_JOB } from './jobNames'
import type { DomainOrderDoc } from './orderView'
import { ovhFromEnv } from './ovhAccess'
import { underOrderLock } from './underOrderLock'
import { pollDelay, readConfigurationSettings, readOrderSettings, retryDelay, type OrderSettings } from './settings'
import { CART_STEPS, resetSteps, stepRow, stepState, withStep, type CartStep, type StepRow } from './steps'

type Env = Readonly<Record<string, string | undefined>>
type Clock = () => Date

const save = (req: PayloadRequest, id: number, data: Record<string, unknown>) =>
  req.payload.update({ collection: DOMAIN_ORDERS, id, data, depth: 0, overrideAccess: true, req }) // trusted job: the plugin records its own order's progress

/** What a step learned at OVH, to store on the order; or a failure that is not OVH's refusal. */
type StepResult = { ok: true; data: Record<string, unknown> } | { ok: false; details: OrderErrorDetails }

const need = (value: string | null | undefined, what: string): string => {
  if (!value) throw new Error(`domain order: ${what} is missing before its step`)
  return value
}

/** One OVH step (its calls only; the order is read-only here). */
const perform = async (api: OvhApi, step: CartStep, order: DomainOrderDoc, env: Env): Promise<StepResult> => {
  const domain = need(order.domainName, 'the domain name')
  switch (step) {
    case 'cart': {
      const cart = await api.createCart({ ovhSubsidiary: 'PL', description: `domain order ${order.id}: ${domain}` })
      return { ok: true, data: { ovhCartId: cart.cartId, ovhItemId: null } }
    }
    case 'item': {
      const item = await api.addDomain(need(order.ovhCartId, 'the cart'), { domain, duration: 'P1Y' })
      const data = { ovhItemId: String(item.itemId) }
      const pricingMode = item.settings?.pricingMode ?? null
      // Registered by someone since the owner paid: OVH would sell a transfer, which is not what was paid for.
      if (pricingMode && !pricingMode.startsWith('create')) return { ok: false, details: { step, kind: 'not-available', pricingMode } }
      const price = item.prices.find((entry) => entry.label === 'TOTAL') ?? item.prices.find((entry) => entry.label === 'PRICE')
      const ovhNet = price ? Math.round(price.price.value * 100) : null
      const paidNet = order.priceNet ?? null
      if (ovhNet !== null && paidNet !== null && ovhNet > paidNet) return { ok: false, details: { step, kind: 'price-changed', paidNet, ovhNet } }
      return { ok: true, data }
    }
    case 'assign':
      await api.assignCart(need(order.ovhCartId, 'the cart'))
      return { ok: true, data: {} }
    case 'configuration': {
      const cartId = need(order.ovhCartId, 'the cart')
      const itemId = Number(need(order.ovhItemId, 'the cart item'))
      let settings
      try {
        settings = readConfigurationSettings(env)
      } catch (error) {
        return { ok: false, details: { step, kind: 'settings', problem: (error as Error).message } }
      }
      const plan = planConfiguration(await api.requiredConfiguration(cartId, itemId), settings)
      if (plan.missing.length) return { ok: false, details: { step, kind: 'configuration', labels: plan.missing } }
      for (const configuration of plan.values) await api.configureItem(cartId, itemId, configuration)
      return { ok: true, data: {} }
    }
    case 'checkout': {
      const placed = await api.checkout(need(order.ovhCartId, 'the cart'))
      return { ok: true, data: { ovhOrderId: String(placed.orderId), paymentUrl: placed.url?.slice(0, 2048) ?? null } }
    }
  }
}

type Claim = { kind: 'run'; order: DomainOrderDoc; interrupted: boolean } | { kind: 'skip' } | { kind: 'stop' } | { kind: 'restart' }

/** Claims a step: `running` and one more attempt, committed before OVH is called. */
const claim = (payload: Payload, orderId: number, step: CartStep, now: Clock): Promise<Claim> =>
  underOrderLock(payload, orderId, async (req, order) => {
    if (!order || order.status !== 'ordering') return { kind: 'stop' }
    const state = stepState(order.steps, step)
    if (state === 'done') return { kind: 'skip' }
    if (state === 'failed') return { kind: 'stop' }
    const interrupted = state === 'running'
    if (interrupted && step !== 'checkout') {
      // Its work may exist in the cart (a second item would follow): a fresh cart, the old one is never checked out.
      const steps = resetSteps(order.steps as StepRow[], ['cart', 'item', 'assign', 'configuration'], now())
      await save(req, orderId, { steps, ovhCartId: null, ovhItemId: null })
      req.payload.logger.warn({ msg: 'Domains: an interrupted order step; starting again on a fresh OVH cart', orderId, step })
      return { kind: 'restart' }
    }
    const claimed = await save(req, orderId, { steps: withStep(order.steps as StepRow[], step, { state: 'running', attempt: true }, now()) })
    return { kind: 'run', order: claimed, interrupted }
  })

/** The order's fields once the checkout is recorded: registering, the first look at OVH's order after `pollMs`. */
const registering = (order: DomainOrderDoc, settings: OrderSettings, at: Date) => {
  const nextCheckAt = new Date(at.getTime() + pollDelay(0, settings))
  return {
    data: {
      status: 'registering',
      nextCheckAt: nextCheckAt.toISOString(),
      steps: withStep(withStep(order.steps as StepRow[], 'checkout', { state: 'done', error: null }, at), 'delivery', { state: 'pending', error: null }, at),
    },
    nextCheckAt,
  }
}

/** Records what OVH answered (or did not); true when the run may go on to the next step. */
const record = (
  payload: Payload,
  orderId: number,
  step: CartStep,
  outcome: StepResult | { ok: false; error: OvhError },
  { interrupted, settings, now }: { interrupted: boolean; settings: OrderSettings; now: Clock },
): Promise<boolean> =>
  underOrderLock(payload, orderId, async (req, order) => {
    // Nothing but this run changes an order while it is `ordering`; anything else means it was already handled.
    if (!order || order.status !== 'ordering' || stepState(order.steps, step) !== 'running') return false
    const at = now()
    if (outcome.ok) {
      if (step === 'checkout') {
        const next = registering(order, settings, at)
        await save(req, orderId, { ...outcome.data, ...next.data })
        await enqueueAfterCommit(req, FOLLOW_ORDER_JOB, { orderId }, next.nextCheckAt)
        return false
      }
      await save(req, orderId, { ...outcome.data, steps: withStep(order.steps as StepRow[], step, { state: 'done', error: null }, at) })
      return true
    }
    if ('details' in outcome) {
      await failOrder(req, order, outcome.details, at)
      return false
    }
    const { error } = outcome
    // The checkout was sent before and may have placed the order: a refusal now is no reason to send a third.
    if (interrupted && step === 'checkout' && !mayHaveReachedOvh(error.kind)) {
      await failOrder(req, order, { step, kind: 'checkout-interrupted', ovh: error.details }, at)
      return false
    }
    const attempts = stepRow(order.steps, step)?.attempts ?? 1
    if (error.isTransient && attempts <= settings.autoRetries) {
      // Left `running` when OVH may have done it (the next run then knows), `pending` when OVH surely refused.
      const state = mayHaveReachedOvh(error.kind) ? 'running' : 'pending'
      await save(req, orderId, { steps: withStep(order.steps as StepRow[], step, { state, error: error.message }, at) })
      await enqueueAfterCommit(req, PLACE_ORDER_JOB, { orderId }, new Date(at.getTime() + retryDelay(attempts, settings)))
      req.payload.logger.warn({ msg: 'Domains: OVH did not answer an order step; trying again later', orderId, step, call: error.call, kind: error.kind })
      return false
    }
    await failOrder(req, order, ovhFailure(step, error), at)
    return false
  })

export type PlaceOrderOptions = { env?: Env; now?: Clock }

/** One run of the ordering job for an order (see the top of this file). */
export const placeOrder = async (payload: Payload, orderId: number, { env = process.env, now = () => new Date() }: PlaceOrderOptions = {}): Promise<void> => {
  const settings = readOrderSettings(env)
  const runReq = await createLocalReq({}, payload)
  await inTransaction(runReq, async () => {
    await lockForTransaction(runReq, orderRunLock(orderId))
    const ovh = ovhFromEnv(env)
    let restarts = 0
    for (let index = 0; index < CART_STEPS.length; index++) {
      const step = CART_STEPS[index]
      const claimed = await claim(payload, orderId, step, now)
      if (claimed.kind === 'stop') return
      if (claimed.kind === 'skip') continue
      if (claimed.kind === 'restart') {
        if (++restarts > 1) throw new Error(`domain order ${orderId}: interrupted twice in one run`)
        index = -1
        continue
      }
      if (!ovh.ok) {
        const problem = ovh.problem ?? 'OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY are not set'
        await underOrderLock(payload, orderId, async (req, order) => {
          if (order && order.status === 'ordering') await failOrder(req, order, { step, kind: 'settings', problem }, now())
        })
        return
      }
      let outcome: StepResult | { ok: false; error: OvhError }
      try {
        outcome = await perform(ovh.api, step, claimed.order, env)
      } catch (error) {
        if (!isOvhError(error)) throw error
        outcome = { ok: false, error }
      }
      const goOn = await record(payload, orderId, step, outcome, { interrupted: claimed.interrupted, settings, now })
      if (!goOn) return
    }
  })
}
