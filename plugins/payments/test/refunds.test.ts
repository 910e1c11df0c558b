/**
 * Refunds over real HTTP: the platform and the P24 simulator on 127.0.0.1; the refund call goes to the
 * simulator, whose signed refund notification comes back to /api/payments/p24/refund-notify. Also the
 * `payment.failed` a reconciliation expiry announces.
 */
import type { Session } from '@platform/testing'
import { addTeamMember, createTenant, createUser, PASSWORD, session, signIn } from '@platform/testing'
import { reconcilePayments } from '..'
import type { PaymentDoc } from '../checkout/history'
import { createP24Client, refundNotificationSign } from '../p24'
import type { RefundNotification } from '../p24'
import { P24_TEST_CREDENTIALS, startP24Harness, type P24Harness } from './p24Harness'

let h: P24Harness
let staff: Session
let staffId: number

beforeAll(async () => {
  h = await startP24Harness({ record: ['payment.refunded', 'payment.failed'] })
  const staffUser = await createUser(h.platform.payload, { isStaff: true })
  staffId = staffUser.id
  staff = await signIn(h.platform.baseURL, staffUser.email, PASSWORD)
})

afterAll(async () => {
  await h?.close()
})

type Sold = { payment: PaymentDoc; owner: Session; ownerId: number; siteId: number; payer: Session; payerId: number }

/** A workshop ticket of 120,00 zł bought by a visitor account on an owner's site, paid at P24. */
const soldTicket = async (amount = 12_000): Promise<Sold> => {
  const { userId: ownerId, siteId, session: owner } = await createTenant(h.platform)
  const payerUser = await createUser(h.platform.payload)
  const created = await h.platform.payload.create({
    collection: 'payments',
    data: { user: payerUser.id, site: siteId, purpose: 'workshop-test.ticket', reference: 'ticket-1', amount, description: 'Warsztat', email: payerUser.email },
    overrideAccess: true,
  })
  const payment = await h.payFor(created)
  return { payment, owner, ownerId, siteId, payer: await signIn(h.platform.baseURL, payerUser.email, PASSWORD), payerId: payerUser.id }
}

const refund = (as: Session, paymentId: number, body: object = {}) => as.request('POST', `/api/payments/${paymentId}/refund`, body)
const refundDeliveries = (sessionId: string) => h.sim.deliveries().filter((d) => d.kind === 'refund' && (d.body as RefundNotification).sessionId === sessionId)
const simTx = (sessionId: string) => h.sim.transactions().find((tx) => tx.sessionId === sessionId)!
const postRefundNotice = (body: object) =>
  fetch(`${h.platform.baseURL}/api/payments/p24/refund-notify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
const resign = (n: Omit<RefundNotification, 'sign'>): RefundNotification => ({ ...n, sign: refundNotificationSign(n, P24_TEST_CREDENTIALS.crc) })
/** What a refused refund must leave: the payment as it was, nothing asked of P24. */
const expectUntouched = async (before: PaymentDoc) => {
  const now = await h.paymentById(before.id)
  expect(now).toMatchObject({ status: before.status, refundedAmount: before.refundedAmount ?? 0, refunds: before.refunds ?? [] })
  expect(now.history).toHaveLength(before.history?.length ?? 0)
  expect(simTx(before.sessionId!).refunded).toBe(0)
}

describe('refunds', () => {
  it('staff refund a payment in full: P24 refunds, its notification marks it refunded and announces payment.refunded once', async () => {
    const { payment, payerId, siteId } = await soldTicket()
    const answer = await refund(staff, payment.id, { reason: 'Warsztat odwołany' })
    expect(answer.status).toBe(202)
    expect(answer.body.refund).toMatchObject({ amount: 12_000, status: 'requested' })
    const { requestId } = answer.body.refund as { requestId: string }
    await h.sim.idle()

    expect(simTx(payment.sessionId!).refunded).toBe(12_000)
    expect(refundDeliveries(payment.sessionId!).map((d) => d.status)).toEqual([200])
    const refunded = await h.paymentById(payment.id)
    expect(refunded).toMatchObject({ status: 'refunded', refundedAmount: 12_000, refunds: [{ requestId, amount: 12_000, status: 'completed' }] })
    expect(refunded.history?.map((row) => row.kind)).toEqual(['register', 'verify', 'refund', 'refund-notification'])
    expect(refunded.history?.[2].summary).toMatchObject({ requestId, amount: 12_000, reason: 'Warsztat odwołany' })

    expect(await h.settledEvents('payment.refunded', payment.id)).toEqual([
      {
        paymentId: payment.id,
        purpose: 'workshop-test.ticket',
        reference: 'ticket-1',
        userId: payerId,
        siteId,
        amount: 12_000,
        currency: 'PLN',
        refundRequestId: requestId,
        refundedAmount: 12_000,
        full: true,
      },
    ])
    // A staff write: the audit log names who refunded.
    const audit = await h.platform.payload.find({
      collection: 'audit-logs',
      where: { and: [{ targetCollection: { equals: 'payments' } }, { targetId: { equals: String(payment.id) } }, { actor: { equals: staffId } }] },
      overrideAccess: true,
    })
    expect(audit.totalDocs).toBe(1)
    // Nothing is left: a second click is refused and P24 is not asked.
    expect(await refund(staff, payment.id)).toMatchObject({ status: 400, body: { errors: [{ code: 'nothing-left' }] } })
    expect(simTx(payment.sessionId!).refunded).toBe(12_000)
  })

  it('refunds part, then the rest (the default amount is what is left)', async () => {
    const { payment } = await soldTicket()
    expect((await refund(staff, payment.id, { amount: 2_000 })).status).toBe(202)
    await h.sim.idle()
    expect(await h.paymentById(payment.id)).toMatchObject({ status: 'partially_refunded', refundedAmount: 2_000 })
    expect(await h.settledEvents('payment.refunded', payment.id)).toMatchObject([{ amount: 2_000, refundedAmount: 2_000, full: false }])

    const rest = await refund(staff, payment.id)
    expect(rest).toMatchObject({ status: 202, body: { refund: { amount: 10_000 } } })
    await h.sim.idle()
    const done = await h.paymentById(payment.id)
    expect(done).toMatchObject({ status: 'refunded', refundedAmount: 12_000 })
    expect(done.refunds?.map((row) => [row.amount, row.status])).toEqual([
      [2_000, 'completed'],
      [10_000, 'completed'],
    ])
    expect(await h.settledEvents('payment.refunded', payment.id, 2)).toMatchObject([
      { amount: 2_000, refundedAmount: 2_000, full: false },
      { amount: 10_000, refundedAmount: 12_000, full: true },
    ])
    expect(simTx(payment.sessionId!).refunded).toBe(12_000)
  })

  it("the site's owner and its admin refund a payment made to their site", async () => {
    const { payment, owner, siteId } = await soldTicket()
    const adminUser = await createUser(h.platform.payload)
    await addTeamMember(h.platform.payload, siteId, adminUser.id, adminUser.email, 'admin')
    const admin = await signIn(h.platform.baseURL, adminUser.email, PASSWORD)
    expect((await refund(admin, payment.id, { amount: 5_000 })).status).toBe(202)
    expect((await refund(owner, payment.id)).status).toBe(202)
    await h.sim.idle()
    expect(await h.paymentById(payment.id)).toMatchObject({ status: 'refunded', refundedAmount: 12_000 })
    expect(simTx(payment.sessionId!).refunded).toBe(12_000)
  })

  it('the payer, an editor of the site, another owner and a visitor are refused, and nothing changes', async () => {
    const { payment, payer, siteId } = await soldTicket()
    const editorUser = await createUser(h.platform.payload)
    await addTeamMember(h.platform.payload, siteId, editorUser.id, editorUser.email, 'editor')
    const editor = await signIn(h.platform.baseURL, editorUser.email, PASSWORD)
    const other = await createTenant(h.platform)

    expect(await refund(payer, payment.id)).toMatchObject({ status: 403 })
    expect(await refund(editor, payment.id)).toMatchObject({ status: 404 })
    expect(await refund(other.session, payment.id)).toMatchObject({ status: 404 })
    expect(await refund(session(h.platform.baseURL), payment.id)).toMatchObject({ status: 401 })
    expect(await refund(staff, 999_999_999)).toMatchObject({ status: 404 })
    await expectUntouched(payment)
  })

  it('a plan payment (no site) is refunded by staff only, not by its payer even if they own a site', async () => {
    const { userId, session: payerSession } = await createTenant(h.platform)
    const created = await h.platform.payload.create({
      collection: 'payments',
      data: { user: userId, amount: 4_900, description: 'Plan Pro', email: `plan-${userId}@example.test` },
      overrideAccess: true,
    })
    const payment = await h.payFor(created)
    expect(await refund(payerSession, payment.id)).toMatchObject({ status: 403 })
    await expectUntouched(payment)
    expect((await refund(staff, payment.id)).status).toBe(202)
  })

  it('bad amounts and unpaid payments are a 400 and change nothing', async () => {
    const { payment, owner, siteId } = await soldTicket()
    for (const body of [
      { amount: 12_001 },
      { amount: 0 },
      { amount: -100 },
      { amount: 10.5 },
      { amount: '100' },
      { amount: 100, extra: 1 },
      { reason: 'x'.repeat(201) },
    ]) {
      expect((await refund(owner, payment.id, body)).status).toBe(400)
    }
    expect((await refund(owner, payment.id, { amount: 12_001 })).body).toMatchObject({
      errors: [{ code: 'too-much', message: 'At most PLN\u00a0120.00 is left to refund.' }],
    })
    await expectUntouched(payment)

    const pending = await h.platform.payload.create({
      collection: 'payments',
      data: { user: (await createUser(h.platform.payload)).id, site: siteId, amount: 1_000, description: 'Warsztat', email: 'p@example.test' },
      overrideAccess: true,
    })
    await h.checkout(pending)
    expect(await refund(owner, pending.id)).toMatchObject({ status: 400, body: { errors: [{ code: 'not-paid' }] } })
    expect((await h.paymentById(pending.id)).refunds).toEqual([])
  })

  it('10 refunds of the whole amount at once: one refund at P24, the others refused', async () => {
    const { payment, owner } = await soldTicket()
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => refund(i % 2 ? owner : staff, payment.id).then((res) => res.status)))
    expect(answers.filter((status) => status === 202)).toHaveLength(1)
    // Refused while the first is in progress (409), or after P24 already confirmed it (400, nothing left).
    expect(answers.filter((status) => status !== 202).every((status) => status === 409 || status === 400)).toBe(true)
    await h.sim.idle()
    expect(refundDeliveries(payment.sessionId!)).toHaveLength(1)
    expect(simTx(payment.sessionId!).refunded).toBe(12_000)
    const after = await h.paymentById(payment.id)
    expect(after).toMatchObject({ status: 'refunded', refundedAmount: 12_000 })
    expect(after.refunds).toHaveLength(1)
    expect(await h.settledEvents('payment.refunded', payment.id)).toHaveLength(1)
  })

  it('a forged refund notification is a 400; the genuine one completes the refund; its replays change nothing', async () => {
    const { payment } = await soldTicket()
    h.sim.drop(1)
    const answer = await refund(staff, payment.id, { amount: 3_000 })
    expect(answer.status).toBe(202)
    const { requestId } = answer.body.refund as { requestId: string }
    const requested = await h.paymentById(payment.id)
    expect(requested).toMatchObject({ status: 'paid', refundedAmount: 0, refunds: [{ requestId, status: 'requested' }] })

    const genuine = resign({
      orderId: payment.p24OrderId!,
      sessionId: payment.sessionId!,
      merchantId: P24_TEST_CREDENTIALS.merchantId,
      requestId,
      refundsUuid: requestId.replace(/-/g, ''),
      amount: 3_000,
      currency: 'PLN',
      timestamp: Math.floor(Date.now() / 1000),
      status: 0,
    })
    const forged = [
      { ...genuine, sign: genuine.sign.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')) },
      { ...genuine, amount: 12_000 },
      { ...genuine, sign: undefined },
    ]
    for (const body of forged) expect((await postRefundNotice(body)).status).toBe(400)
    // Signed, but not the refund's amount: refused too.
    expect((await postRefundNotice(resign({ ...genuine, amount: 12_000 }))).status).toBe(400)
    expect((await postRefundNotice(resign({ ...genuine, refundsUuid: 'f'.repeat(32) }))).status).toBe(404)
    expect(await h.paymentById(payment.id)).toMatchObject({ status: 'paid', refundedAmount: 0, refunds: [{ status: 'requested' }] })

    expect((await postRefundNotice(genuine)).status).toBe(200)
    const completed = await h.paymentById(payment.id)
    expect(completed).toMatchObject({ status: 'partially_refunded', refundedAmount: 3_000, refunds: [{ status: 'completed' }] })
    const replays = await Promise.all(Array.from({ length: 5 }, () => postRefundNotice(genuine).then((res) => res.status)))
    expect(replays).toEqual(Array(5).fill(200))
    const after = await h.paymentById(payment.id)
    expect(after).toMatchObject({ status: 'partially_refunded', refundedAmount: 3_000 })
    expect(after.history).toHaveLength(completed.history!.length)
    expect(await h.settledEvents('payment.refunded', payment.id)).toHaveLength(1)
  })

  it('a refund P24 reports as not paid out frees the amount again, with no event', async () => {
    const { payment } = await soldTicket()
    h.sim.drop(1)
    const { requestId } = (await refund(staff, payment.id)).body.refund as { requestId: string }
    const notice = resign({
      orderId: payment.p24OrderId!,
      sessionId: payment.sessionId!,
      merchantId: P24_TEST_CREDENTIALS.merchantId,
      requestId,
      refundsUuid: requestId.replace(/-/g, ''),
      amount: 12_000,
      currency: 'PLN',
      timestamp: Math.floor(Date.now() / 1000),
      status: 1,
    })
    expect((await postRefundNotice(notice)).status).toBe(200)
    expect(await h.paymentById(payment.id)).toMatchObject({ status: 'paid', refundedAmount: 0, refunds: [{ requestId, status: 'failed' }] })
    await new Promise((resolve) => setTimeout(resolve, 1000))
    expect(h.events('payment.refunded', payment.id)).toHaveLength(0)
  })

  it('P24 refusing the refund (refunded already in its panel) is a 409; the refund row is failed, nothing is refunded', async () => {
    const { payment, owner } = await soldTicket()
    // Someone refunded 100,00 zł directly in P24's panel: P24 has only 20,00 zł left to refund.
    const p24 = createP24Client({ ...P24_TEST_CREDENTIALS, baseUrl: h.sim.url })
    await p24.refund({
      requestId: 'panel-1',
      refundsUuid: 'panel1',
      refunds: [{ orderId: payment.p24OrderId!, sessionId: payment.sessionId!, amount: 10_000 }],
    })
    const answer = await refund(owner, payment.id)
    expect(answer).toMatchObject({ status: 409, body: { errors: [{ code: 'p24-rejected' }] } })
    expect(answer.body.errors[0].message).toContain('exceeds available amount')
    const after = await h.paymentById(payment.id)
    expect(after).toMatchObject({ status: 'paid', refundedAmount: 0, refunds: [{ amount: 12_000, status: 'failed' }] })
    expect(after.history?.map((row) => row.kind)).toEqual(['register', 'verify', 'refund', 'refund-rejected'])
    // The failed row holds nothing back: what P24 still has can be refunded.
    expect((await refund(owner, payment.id, { amount: 2_000 })).status).toBe(202)
  })

  it('with P24_NOTIFY_IPS set, refund notifications from other addresses are refused (403)', async () => {
    process.env.P24_NOTIFY_IPS = '192.0.2.1'
    try {
      expect((await postRefundNotice({})).status).toBe(403)
    } finally {
      delete process.env.P24_NOTIFY_IPS
    }
  })
})

describe('payment.failed', () => {
  it('an expiring payment announces payment.failed (expired) once', async () => {
    const { userId, siteId } = await createTenant(h.platform)
    const payment = await h.platform.payload.create({
      collection: 'payments',
      data: { user: userId, site: siteId, amount: 1_500, description: 'Bilet', email: `x-${userId}@example.test`, purpose: 'workshop-test.ticket' },
      overrideAccess: true,
    })
    const token = await h.checkout(payment)
    // The payer pressed "Fail" at P24: P24 sends nothing and by-sessionId still says "no payment".
    h.sim.fail(token)
    const dayLater = new Date(Date.now() + 25 * 3_600_000)
    expect(await reconcilePayments(h.platform.payload, dayLater)).toEqual(expect.arrayContaining([{ paymentId: payment.id, outcome: 'expired' }]))
    expect(await h.settledEvents('payment.failed', payment.id)).toEqual([
      { paymentId: payment.id, purpose: 'workshop-test.ticket', reference: null, userId, siteId, amount: 1_500, currency: 'PLN', reason: 'expired' },
    ])
    const again = await reconcilePayments(h.platform.payload, dayLater)
    expect(again.find((o) => o.paymentId === payment.id)).toBeUndefined()
    await new Promise((resolve) => setTimeout(resolve, 1000))
    expect(h.events('payment.failed', payment.id)).toHaveLength(1)
    expect(await h.paymentById(payment.id)).toMatchObject({ status: 'expired' })
  })
})
