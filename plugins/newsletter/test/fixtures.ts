/**
 * Fixtures for the sending tests and the benchmark: confirmed subscribers in bulk (stored the way the confirm
 * endpoint leaves them, tokens included, without the per-subscriber hooks and plan check, which would make
 * 10,000 of them slow), campaigns with a Lexical body, and counting what an SMTP listener received.
 */
import type { DataFromCollectionSlug, Payload } from 'payload'

import { createSeededToken } from '@platform'
import type { ReceivedMail, SmtpListener } from '@platform/testing'
import { UNSUBSCRIBE_PURPOSE } from '../lib/tokens'
import { CAMPAIGNS, SUBSCRIPTIONS, type Frequency } from '../slugs'

let unique = 0

type LexicalState = NonNullable<DataFromCollectionSlug<typeof CAMPAIGNS>['bodyPl']>

export const addSubscribers = async (
  payload: Payload,
  siteId: number,
  count: number,
  {
    frequency = 'each',
    locale = 'pl',
    prefix = 'reader',
    confirmedAt = new Date().toISOString(),
    lastSentAt,
    isActive = true,
  }: { frequency?: Frequency; locale?: 'pl' | 'en'; prefix?: string; confirmedAt?: string; lastSentAt?: string; isActive?: boolean } = {},
): Promise<{ id: number; email: string }[]> => {
  const made: { id: number; email: string }[] = []
  const run = `${Date.now().toString(36)}${++unique}`
  for (let index = 0; index < count; index++) {
    const token = createSeededToken({ secret: payload.secret, purpose: UNSUBSCRIBE_PURPOSE })
    const email = `${prefix}-${run}-${index}@example.test`
    const doc = await payload.db.create({
      collection: SUBSCRIPTIONS,
      data: {
        site: siteId,
        email,
        frequency,
        locale,
        isActive,
        isConfirmed: true,
        subscribedAt: confirmedAt,
        confirmedAt,
        ...(lastSentAt ? { lastSentAt } : {}),
        emailsSent: 0,
        emailsOpened: 0,
        emailsClicked: 0,
        softBounceCount: 0,
        unsubscribeToken: token.hash,
        unsubscribeTokenSeed: token.seed,
      },
    })
    made.push({ id: Number(doc.id), email })
  }
  return made
}

const text = (value: string) => ({ type: 'text', text: value, format: 0, version: 1, detail: 0, mode: 'normal', style: '' })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', version: 1, children, direction: 'ltr' as const, format: '' as const, indent: 0 })

/** A Lexical body: a paragraph and a paragraph with a link. */
export const lexicalBody = (intro: string, href = 'https://example.com/zapisy?x=1&y=2'): LexicalState => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    children: [
      paragraph(text(intro)),
      paragraph({ type: 'link', version: 3, fields: { url: href, linkType: 'custom', newTab: false }, children: [text('Zapisz się')] }),
    ],
  },
})

export const createCampaign = async (payload: Payload, siteId: number, data: { status?: 'draft' | 'scheduled'; scheduledAt?: string } = {}) =>
  payload.create({
    collection: CAMPAIGNS,
    data: {
      site: siteId,
      status: data.status ?? 'draft',
      subjectPl: 'Wiosenne warsztaty',
      subjectEn: 'Spring workshops',
      bodyPl: lexicalBody('Cześć!'),
      bodyEn: lexicalBody('Hello!'),
      ...(data.scheduledAt ? { scheduledAt: data.scheduledAt } : {}),
    },
    overrideAccess: true, // test setup
  })

/** Accepted messages per recipient address. */
export const acceptedBy = (smtp: SmtpListener): Map<string, ReceivedMail[]> => {
  const by = new Map<string, ReceivedMail[]>()
  for (const mail of smtp.received) {
    if (!mail.accepted) continue
    const to = /<?([^<>\s]+@[^<>\s]+)>?$/.exec(mail.headers.to ?? '')?.[1]?.toLowerCase() ?? ''
    by.set(to, [...(by.get(to) ?? []), mail])
  }
  return by
}
