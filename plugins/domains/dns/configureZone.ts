/**
 * A bought domain's DNS at OVH: when OVH delivers it (`domains.delivered`), the job makes the zone's A/AAAA/CNAME
 * records for the apex and www exactly the platform's target (records already right stay, others are deleted,
 * missing ones created), refreshes the zone, stores what it did in `dnsConfiguration`, and hands over to the
 * verification job. OVH being down or slow is tried again a few times by itself; any other refusal (or the
 * retries running out) fails the order with OVH's message, and the owner is told. `POST …/check` starts it again.
 */
import type { Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'

import { afterCommit, enqueueAfterCommit, inTransaction, relationId, type EventListener, type ID, type JobDefinition } from '@platform'
import '../events'
import { createOvhClient, isOvhError, ovhApi, readOvhConfig, type OvhApi, type OvhZoneRecord } from '../ovh'
import type { DomainStep } from '../slugs'
import { forgetLiveHosts } from '../live/liveHosts'
import { tellOwner } from '../live/notices'
import { dnsStateOf, lockOrder, ownerLocale, readOrder, writeOrder, type DomainOrder } from './orderStore'
import { planZoneChanges, pointingRecords, toOvhRecord } from './records'
import { readCheckPace, readDnsTarget, type DnsTarget } from './settings'
import { withStep } from './steps'
import { DNS_TEXT } from './texts'

export const CONFIGURE_DNS_JOB = 'domains.configure-dns'
export const CHECK_DNS_JOB = 'domains.check-dns'

/** Automatic tries when OVH is down or slow, before the order fails and the owner is told. */
const TRANSIENT_TRIES = 3

/** Statuses in which a bought domain's zone may be configured (registration done, or a retry asked for). */
const CONFIGURABLE = new Set(['registering', 'configuring_dns'])

/** Starts the verification: `verifying`, first check after the first wait (an enqueued job with that due time). */
export const startVerification = async (req: PayloadRequest, order: DomainOrder, data: Partial<DomainOrder>, now: Date) => {
  const due = new Date(now.getTime() + readCheckPace(process.env).firstMs)
  const state = dnsStateOf({ dnsConfiguration: data.dnsConfiguration ?? order.dnsConfiguration })
  await writeOrder(req, order.id, {
    ...data,
    status: order.kind === 'own' ? 'awaiting_dns' : 'verifying',
    steps: withStep(data.steps ?? order.steps, 'verification', { state: 'running', error: null }, now),
    dnsConfiguration: { ...state, checks: { startedAt: now.toISOString(), attempts: 0 } },
    nextCheckAt: due.toISOString(),
    errorMessage: null,
    errorCode: null,
  })
  await enqueueAfterCommit(req, CHECK_DNS_JOB, { orderId: order.id, due: due.toISOString() }, due)
}

/** Marks the order failed at `step` with a message for its owner, and tells them. */
export const failOrder = async (
  req: PayloadRequest,
  order: DomainOrder,
  { step, message, code, steps }: { step: DomainStep; message: { pl: string; en: string }; code?: string; steps?: DomainOrder['steps'] },
  now: Date,
) => {
  const lang = await ownerLocale(req, order)
  await writeOrder(req, order.id, {
    status: 'failed',
    steps: withStep(steps ?? order.steps, step, { state: 'failed', error: message[lang] }, now),
    errorMessage: message[lang],
    errorCode: code ?? null,
    nextCheckAt: null,
  })
  const siteId = relationId(order.site)
  if (siteId !== undefined)
    await tellOwner(req, { outcome: 'failed', orderId: order.id, siteId, domain: order.unicodeName || order.domainName, error: message })
  await afterCommit(req, forgetLiveHosts)
}

/** The zone's A/AAAA/CNAME records at the apex and www (OVH lists ids; each record is read). */
const currentRecords = async (ovh: OvhApi, zone: string): Promise<OvhZoneRecord[]> => {
  const ids = (await Promise.all(['', 'www'].map((subDomain) => ovh.zoneRecordIds(zone, { subDomain })))).flat()
  const records = await Promise.all(ids.map((id) => ovh.zoneRecord(zone, id)))
  return records.filter((record) => ['A', 'AAAA', 'CNAME'].includes(record.fieldType))
}

/** Points the zone at the target and refreshes it; the step that failed is named on the error. */
const pointZone = async (ovh: OvhApi, zone: string, target: DnsTarget) => {
  let step: DomainStep = 'dns'
  try {
    const wanted = pointingRecords(zone, target).map(toOvhRecord)
    const plan = planZoneChanges(await currentRecords(ovh, zone), wanted)
    for (const record of plan.remove) await ovh.deleteRecord(zone, record.id)
    const created = []
    for (const input of plan.create) created.push(await ovh.createRecord(zone, input))
    step = 'refresh'
    await ovh.refreshZone(zone)
    return {
      kept: plan.keep.length,
      removed: plan.remove.map(({ fieldType, subDomain, target: value }) => ({ fieldType, subDomain, target: value })),
      created: created.map(({ id, fieldType, subDomain, target: value }) => ({ id, fieldType, subDomain, target: value })),
      refreshedAt: new Date().toISOString(),
    }
  } catch (error) {
    throw Object.assign(error as Error, { step })
  }
}

export const configureDns = async (payload: Payload, orderId: ID): Promise<void> => {
  const req = await createLocalReq({}, payload)
  // The OVH calls run under the order's lock, so two runs (a retried job, a retry asked for) never interleave.
  await inTransaction(req, async () => {
    await lockOrder(req, orderId)
    const order = await readOrder(req, orderId)
    if (!order || order.kind !== 'purchase' || !CONFIGURABLE.has(order.status ?? '')) return
    const now = new Date()
    const steps = withStep(order.steps, 'dns', { state: 'running', attempt: true }, now)
    let target: DnsTarget | null
    let api: OvhApi | null
    try {
      target = readDnsTarget(process.env)
      const config = readOvhConfig(process.env)
      api = config && ovhApi(createOvhClient(config))
    } catch (error) {
      payload.logger.error({ err: error, msg: 'Domains: the DNS or OVH settings are invalid' })
      target = null
      api = null
    }
    if (!target) return failOrder(req, order, { step: 'dns', message: DNS_TEXT.targetMissing, steps }, now)
    if (!api) return failOrder(req, order, { step: 'dns', message: DNS_TEXT.ovhMissing, steps }, now)

    try {
      const zone = await pointZone(api, order.domainName, target)
      const done = withStep(withStep(steps, 'dns', { state: 'done', error: null }, now), 'refresh', { state: 'done', error: null, attempt: true }, now)
      const records = pointingRecords(order.domainName, target)
      await startVerification(req, order, { steps: done, dnsConfiguration: { ...dnsStateOf(order), target, records, zone } }, now)
    } catch (error) {
      if (!isOvhError(error)) throw error
      const step: DomainStep = (error as { step?: DomainStep }).step ?? 'dns'
      payload.logger.warn({ err: error, msg: 'Domains: OVH refused a DNS change', orderId, call: error.call, errorCode: error.errorCode })
      const tries = steps.find((row) => row.step === 'dns')?.attempts ?? 1
      const message = { pl: error.userMessage('pl'), en: error.userMessage('en') }
      if (error.isTransient && tries < TRANSIENT_TRIES) {
        // OVH down or slow: the same job again a little later; the owner is told only if it keeps failing.
        const lang = await ownerLocale(req, order)
        await writeOrder(req, order.id, { status: 'configuring_dns', steps: withStep(steps, step, { state: 'pending', error: message[lang] }, now) })
        const pace = readCheckPace(process.env)
        await enqueueAfterCommit(req, CONFIGURE_DNS_JOB, { orderId: order.id }, new Date(now.getTime() + pace.firstMs * 2 ** (tries - 1)))
        return
      }
      await failOrder(req, order, { step, message, code: error.errorCode ?? error.kind, steps }, now)
    }
  })
}

export const configureDnsJob: JobDefinition<{ orderId: ID }> = {
  name: CONFIGURE_DNS_JOB,
  // OVH calls of up to OVH_TIMEOUT_MS each (a few per domain).
  lockLifetimeMs: 5 * 60_000,
  handler: async ({ orderId }, { payload }) => configureDns(payload, orderId),
}

/** OVH delivered the domain: its zone exists, so it is pointed at the platform. */
export const deliveredListener: EventListener<'domains.delivered'> = {
  event: 'domains.delivered',
  name: 'domains.configure-dns',
  lockLifetimeMs: 5 * 60_000,
  handler: async ({ orderId }, { payload }) => configureDns(payload, orderId),
}
