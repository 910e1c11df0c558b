/**
 * `payments.plan-notices`: every morning (09:00 Warsaw) emails users whose paid plan ends within 7 days ("renew")
 * and users whose plan ended in the last 7 days ("you are on the free plan now": effectivePlan already treats
 * them so). Once per plan term: the end date told about is remembered on the user (planNoticeFields.ts), so a
 * renewal, which moves the end, gets its own reminder, and the same term never gets two. Each user is claimed
 * under a lock in one transaction with the queued email (the outbox), so two workers never both send.
 */
import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import type { JobDefinition } from '@platform'
import { inTransaction, lockForTransaction, queueEmail, relationId } from '@platform'
import { formatDate, langOf } from '@platform/format'
import { PLANS } from '../types'
import { billingUrl } from './links'

export const PLAN_NOTICES_JOB = 'payments.plan-notices'
const DAY = 86_400_000
/** How long before the end the reminder goes, and how long after it the "ended" email may still go. */
export const NOTICE_WINDOW_MS = 7 * DAY

export type PlanNotice = 'ending' | 'ended'

type NoticeState = { planEndsAt?: string | null; planReminderSentFor?: string | null; planEndedNoticeSentFor?: string | null }

const sameInstant = (a: string | null | undefined, b: Date) => Boolean(a) && new Date(a!).getTime() === b.getTime()

/** Pure: which email (if any) a user with this plan end is due at `now`. */
export const planNoticeDue = (user: NoticeState, now: Date): PlanNotice | null => {
  if (!user.planEndsAt) return null
  const ends = new Date(user.planEndsAt)
  if (Number.isNaN(ends.getTime())) return null
  const left = ends.getTime() - now.getTime()
  if (left > 0 && left <= NOTICE_WINDOW_MS) return sameInstant(user.planReminderSentFor, ends) ? null : 'ending'
  if (left <= 0 && -left <= NOTICE_WINDOW_MS) return sameInstant(user.planEndedNoticeSentFor, ends) ? null : 'ended'
  return null
}

const claim = async (payload: Payload, userId: number, now: Date, freePlanName: { pl: string; en: string }): Promise<PlanNotice | null> => {
  const req = await createLocalReq({}, payload)
  return inTransaction(req, async () => {
    await lockForTransaction(req, `payments:plan-notice:${userId}`)
    const user = await payload.findByID({ collection: 'users', id: userId, depth: 0, overrideAccess: true, req }) // trusted job: the user's plan term and what they were told
    const due = planNoticeDue(user, now)
    const planId = relationId(user.plan)
    if (!due || planId === undefined) return null
    const plan = await payload.findByID({ collection: PLANS, id: planId, depth: 0, disableErrors: true, overrideAccess: true, req }) // trusted job: the plan's name
    if (!plan || plan.isFree) return null
    await payload.update({
      collection: 'users',
      id: userId,
      data: due === 'ending' ? { planReminderSentFor: user.planEndsAt } : { planEndedNoticeSentFor: user.planEndsAt },
      overrideAccess: true, // trusted job: remembers which term it told the user about
      req,
    })
    const lang = langOf(user.locale)
    const name = [user.firstName, user.lastName].filter(Boolean).join(' ')
    await queueEmail(req, {
      to: user.email,
      template: due === 'ending' ? 'plan-ending' : 'plan-ended',
      locale: lang,
      data: {
        ...(name ? { payerName: name } : {}),
        planName: lang === 'pl' ? plan.namePl : plan.nameEn,
        planEndsOn: formatDate(user.planEndsAt!, lang),
        freePlanName: freePlanName[lang],
        renewUrl: billingUrl(),
      },
    })
    return due
  })
}

/** One pass at `now` (a parameter, so tests need not wait); the users told and what. */
export const sendPlanNotices = async (payload: Payload, now: Date = new Date()): Promise<{ userId: number; notice: PlanNotice }[]> => {
  const free = await payload.find({ collection: PLANS, where: { isFree: { equals: true } }, limit: 1, depth: 0, overrideAccess: true }) // trusted job: the free plan's name
  const freePlanName = { pl: free.docs[0]?.namePl ?? 'Darmowy', en: free.docs[0]?.nameEn ?? 'Free' }
  const candidates = await payload.find({
    collection: 'users',
    where: {
      and: [
        { plan: { exists: true } },
        { planEndsAt: { greater_than: new Date(now.getTime() - NOTICE_WINDOW_MS).toISOString() } },
        { planEndsAt: { less_than_equal: new Date(now.getTime() + NOTICE_WINDOW_MS).toISOString() } },
      ],
    },
    select: { planEndsAt: true, planReminderSentFor: true, planEndedNoticeSentFor: true },
    pagination: false,
    depth: 0,
    overrideAccess: true, // trusted job: every user whose plan ends around now
  })
  const told: { userId: number; notice: PlanNotice }[] = []
  for (const user of candidates.docs) {
    if (!planNoticeDue(user, now)) continue
    try {
      const notice = await claim(payload, user.id, now, freePlanName)
      if (notice) told.push({ userId: user.id, notice })
    } catch (err) {
      // One user's failure must not stop the others; tomorrow's run tries again.
      payload.logger.error({ err, msg: 'payments.plan-notices: could not notify a user', userId: user.id })
    }
  }
  return told
}

export const planNoticesJob: JobDefinition<{ now?: string }> = {
  name: PLAN_NOTICES_JOB,
  lockLifetimeMs: 10 * 60_000,
  concurrency: 1,
  schedule: { every: '0 9 * * *', timezone: 'Europe/Warsaw' },
  handler: async (data, { payload }) => {
    await sendPlanNotices(payload, data.now ? new Date(data.now) : new Date())
  },
}
