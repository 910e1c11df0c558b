/**
 * The platform and the P24 simulator over real HTTP for a payments test file: P24 settings pointing at the
 * simulator, both notify addresses at this platform, and a plugin recording the payment events the test names.
 * `payFor` takes a payment through register → pay at P24 → notification → verify.
 */
import type { Plugin } from 'payload'

import { createLocalReq } from 'payload'

import { definePlatformPlugin, type PlatformEvents } from '@platform'
import type { TestPlatform } from '@platform/testing'
import { startTestPlatform, waitFor } from '@platform/testing'
import { startCheckout } from '..'
import '../checkout/events'
import type { PaymentDoc } from '../checkout/history'
import { scaledRetryDelays, startP24Simulator, type P24Simulator } from '../simulator'

export const P24_TEST_CREDENTIALS = { merchantId: 12345, posId: 12345, apiKey: 'test-api-key', crc: 'test-crc-key' }

const ENV_NAMES = ['P24_MERCHANT_ID', 'P24_POS_ID', 'P24_API_KEY', 'P24_CRC', 'P24_BASE_URL', 'P24_NOTIFY_URL', 'P24_REFUND_NOTIFY_URL']

export type PaymentEventName = 'payment.completed' | 'payment.failed' | 'payment.refunded'
type Recorded = { [Name in PaymentEventName]?: PlatformEvents[Name][] }

export type P24Harness = {
  platform: TestPlatform
  sim: P24Simulator
  /** Events the recorder saw, by name, for one payment. */
  events: <Name extends PaymentEventName>(name: Name, paymentId: number) => PlatformEvents[Name][]
  /** Listener jobs run in the background: waits for `count`, then long enough for one too many to show up. */
  settledEvents: <Name extends PaymentEventName>(name: Name, paymentId: number, count?: number) => Promise<PlatformEvents[Name][]>
  /** Registers the payment with P24 and returns the simulator's token. */
  checkout: (payment: PaymentDoc) => Promise<string>
  /** Registers, pays at P24 and waits for the notification: the payment is then `paid`. */
  payFor: (payment: PaymentDoc) => Promise<PaymentDoc>
  paymentById: (id: number) => Promise<PaymentDoc>
  close: () => Promise<void>
}

export const startP24Harness = async ({ record }: { record: PaymentEventName[] }): Promise<P24Harness> => {
  const recorded: Recorded = {}
  const recorder: Plugin = definePlatformPlugin('payments-test-recorder', () => ({
    listeners: record.map((event) => ({
      event,
      name: 'record',
      handler: async (data: unknown) => {
        ;((recorded[event] ??= []) as unknown[]).push(data)
      },
    })),
  }))({})
  // Notifications are retried after 3, 5, 15 … ms instead of minutes.
  const sim = await startP24Simulator({ ...P24_TEST_CREDENTIALS, retryDelaysMs: scaledRetryDelays(1) })
  Object.assign(process.env, {
    P24_MERCHANT_ID: String(P24_TEST_CREDENTIALS.merchantId),
    P24_POS_ID: String(P24_TEST_CREDENTIALS.posId),
    P24_API_KEY: P24_TEST_CREDENTIALS.apiKey,
    P24_CRC: P24_TEST_CREDENTIALS.crc,
    P24_BASE_URL: sim.url,
  })
  const platform = await startTestPlatform({ plugins: [recorder] })
  // PUBLIC_URL (http://localhost:3999) is not where this test's server listens.
  process.env.P24_NOTIFY_URL = `${platform.baseURL}/api/payments/p24/notify`
  process.env.P24_REFUND_NOTIFY_URL = `${platform.baseURL}/api/payments/p24/refund-notify`

  const events: P24Harness['events'] = (name, paymentId) =>
    ((recorded[name] ?? []) as PlatformEvents[typeof name][]).filter((event) => event.paymentId === paymentId)
  const paymentById = (id: number) => platform.payload.findByID({ collection: 'payments', id, depth: 0, overrideAccess: true })
  const checkout = async (payment: PaymentDoc) => {
    const { redirectUrl } = await startCheckout({ req: await createLocalReq({}, platform.payload), payment })
    return decodeURIComponent(redirectUrl.split('/trnRequest/')[1])
  }
  return {
    platform,
    sim,
    events,
    settledEvents: async (name, paymentId, count = 1) => {
      await waitFor(async () => events(name, paymentId).length >= count, { what: `${count} × ${name}` })
      await new Promise((resolve) => setTimeout(resolve, 1500))
      return events(name, paymentId)
    },
    checkout,
    payFor: async (payment) => {
      sim.pay(await checkout(payment))
      await sim.idle()
      const paid = await paymentById(payment.id)
      if (paid.status !== 'paid') throw new Error(`payment ${payment.id} is ${paid.status} after paying at P24`)
      return paid
    },
    paymentById,
    close: async () => {
      await platform.close()
      await sim.close()
      for (const name of ENV_NAMES) delete process.env[name]
    },
  }
}
