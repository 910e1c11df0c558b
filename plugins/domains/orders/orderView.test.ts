import { orderView, type DomainOrderDoc } from './orderView'
import { initialSteps, withStep } from './steps'

const NBSP = '\u00a0'
const at = new Date('2026-11-30T10:00:00Z')
const base = {
  id: 7,
  site: 3,
  user: 2,
  domainName: 'xn--za-6ja4f8n1l.pl',
  unicodeName: 'zażółć.pl',
  kind: 'purchase',
  price: 4919,
  priceNet: 3999,
  redirect: 'www-to-apex',
  proxyMode: true,
  createdAt: at.toISOString(),
  updatedAt: at.toISOString(),
} as const

it('a paid order being registered: labels in Polish, prices as text, OVH’s status in words, no internals', () => {
  const order = {
    ...base,
    status: 'registering',
    ovhCartId: 'cart-uuid',
    ovhOrderId: '200000001',
    ovhOrderStatus: 'checking',
    paymentUrl: 'https://www.ovh.com/cgi-bin/order/display-order.cgi?orderId=1',
    steps: withStep(withStep(initialSteps(), 'payment', { state: 'done' }, at), 'delivery', { state: 'running', attempt: true }, at),
  } as unknown as DomainOrderDoc
  const view = orderView(order, 'pl', { payUrl: 'http://x/api/payments/pay/abc' })
  expect(view).toMatchObject({
    id: 7,
    site: 3,
    domain: 'xn--za-6ja4f8n1l.pl',
    unicodeName: 'zażółć.pl',
    status: 'registering',
    statusLabel: 'Rejestrowana',
    price: { currency: 'PLN', gross: 4919, net: 3999, grossText: `49,19${NBSP}zł`, netText: `39,99${NBSP}zł` },
    ovhStatus: { status: 'checking', label: 'Sprawdzana przez OVH' },
    error: null,
    canRetry: false,
    payUrl: null,
  })
  expect(view.steps.slice(0, 2)).toEqual([
    { step: 'payment', label: 'Płatność', state: 'done', stateLabel: 'Zakończony', attempts: 0, updatedAt: at.toISOString() },
    { step: 'cart', label: 'Koszyk OVH', state: 'pending', stateLabel: 'Oczekujący', attempts: 0, updatedAt: null },
  ])
  expect(JSON.stringify(view)).not.toMatch(/cart-uuid|display-order/)
})

it('a failed order: the error in the reader’s language and a retry; a waiting one: its pay link', () => {
  const failed = {
    ...base,
    status: 'failed',
    steps: initialSteps(),
    errorDetails: { step: 'configuration', kind: 'configuration', labels: ['OWNER_CONTACT'] },
  } as unknown as DomainOrderDoc
  expect(orderView(failed, 'en')).toMatchObject({
    statusLabel: 'Failed',
    canRetry: true,
    error: {
      step: 'configuration',
      message: expect.stringMatching(/^Failed: the required configuration\. OVH requires settings the platform does not have: OWNER_CONTACT\./),
    },
  })
  const waiting = { ...base, status: 'pending_payment', steps: initialSteps() } as unknown as DomainOrderDoc
  expect(orderView(waiting, 'en', { payUrl: 'http://x/pay' })).toMatchObject({ statusLabel: 'Waiting for payment', payUrl: 'http://x/pay', canRetry: false })
})

it('a cancelled order shows the name it released and why', () => {
  const cancelled = {
    ...base,
    domainName: 'released-7-0a1b2c3d.invalid',
    releasedName: 'kowalska.pl',
    unicodeName: 'kowalska.pl',
    status: 'cancelled',
    steps: initialSteps(),
    errorDetails: { step: 'payment', kind: 'payment-failed', reason: 'failed' },
  } as unknown as DomainOrderDoc
  expect(orderView(cancelled, 'pl')).toMatchObject({
    domain: 'kowalska.pl',
    statusLabel: 'Anulowana',
    canRetry: false,
    error: {
      step: 'payment',
      message: 'Nie udało się: płatność. Płatność się nie powiodła, więc anulowaliśmy zamówienie. Nie pobraliśmy pieniędzy; domenę możesz zamówić ponownie.',
    },
  })
})

it('a failure of the DNS part: the words kept on the step that failed, and a retry', () => {
  const order = {
    ...base,
    status: 'failed',
    errorMessage: 'Rekordy DNS domeny nie są widoczne po 72 godzinach.',
    steps: withStep(initialSteps(), 'verification', { state: 'failed', error: 'Rekordy DNS domeny nie są widoczne po 72 godzinach.' }, at),
  } as unknown as DomainOrderDoc
  expect(orderView(order, 'pl')).toMatchObject({
    canRetry: true,
    error: { step: 'verification', message: 'Rekordy DNS domeny nie są widoczne po 72 godzinach.' },
  })
})
