/**
 * Newsletter demo (the contract's `seed`, run after the core demo): on Anna's coaching site, whose starter
 * template already has the sign-up section, three confirmed subscribers (one per frequency), one waiting for
 * confirmation, one who unsubscribed, and a draft campaign in both languages. Trusted seed code: overrideAccess.
 */
import type { DemoSeed } from '@platform'
import { demoSite } from '@platform'
import { ANALYTICS, CAMPAIGNS, SUBSCRIPTIONS } from '../slugs'

/** Lexical rich text of plain paragraphs. */
const richText = (...paragraphs: string[]) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      version: 1,
      direction: 'ltr' as const,
      format: '' as const,
      indent: 0,
      textFormat: 0,
      children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
    })),
  },
})

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3_600_000).toISOString()

export const seedNewsletterDemo: DemoSeed = async (context) => {
  const { payload } = context
  const site = demoSite(context, 'coach')
  if (!site) return
  const confirmed = [
    { email: 'marta.nowak@example.com', frequency: 'each', locale: 'pl', days: 40 },
    { email: 'piotr.zielinski@example.com', frequency: 'weekly', locale: 'pl', days: 21 },
    { email: 'emma.smith@example.com', frequency: 'monthly', locale: 'en', days: 9 },
  ] as const
  // A campaign sent three days ago (written as the send job leaves it: only the job may mark one sent), so the
  // analytics view and the deliveries list have something true to show. Every-issue readers got it, and opened it;
  // weekly and monthly readers got it in their digest.
  const draft = await payload.create({
    collection: CAMPAIGNS,
    data: {
      site: site.id,
      subjectPl: 'Listopadowe wieści z gabinetu',
      subjectEn: 'November news from the practice',
      bodyPl: richText('W listopadzie ruszają nowe grupy wsparcia.', 'Zapisy na stronie, w zakładce Rezerwacje.'),
      bodyEn: richText('New support groups start in November.', 'Book on the site, under Bookings.'),
      status: 'draft',
    },
    overrideAccess: true, // seed
  })
  const sentAt = daysAgo(3)
  const openedAt = daysAgo(2)
  for (const subscriber of confirmed) {
    const every = subscriber.frequency === 'each'
    const doc = await payload.create({
      collection: SUBSCRIPTIONS,
      data: {
        site: site.id,
        email: subscriber.email,
        frequency: subscriber.frequency,
        locale: subscriber.locale,
        isActive: true,
        isConfirmed: true,
        subscribedAt: daysAgo(subscriber.days),
        confirmedAt: daysAgo(subscriber.days),
        emailsSent: 1,
        emailsOpened: every ? 1 : 0,
        lastSentAt: sentAt,
      },
      overrideAccess: true, // seed
    })
    await payload.create({
      collection: ANALYTICS,
      data: every
        ? { site: site.id, subscription: doc.id, campaign: draft.id, kind: 'campaign', sentAt, openedAt }
        : { site: site.id, subscription: doc.id, kind: 'digest', sentAt },
      overrideAccess: true, // seed
    })
  }
  const readers = confirmed.filter((subscriber) => subscriber.frequency === 'each').length
  await payload.db.updateOne({
    collection: CAMPAIGNS,
    id: draft.id,
    data: { status: 'sent', sentAt, recipientCount: readers, sentCount: readers, openCount: readers },
  }) // seed: as the send job leaves a sent campaign
  await payload.create({
    collection: SUBSCRIPTIONS,
    data: { site: site.id, email: 'kasia.wisniewska@example.com', frequency: 'weekly', locale: 'pl' },
    overrideAccess: true, // seed: a sign-up waiting for its confirmation
  })
  await payload.create({
    collection: SUBSCRIPTIONS,
    data: {
      site: site.id,
      email: 'tomasz.lewandowski@example.com',
      frequency: 'each',
      locale: 'pl',
      isActive: false,
      subscribedAt: daysAgo(30),
      unsubscribedAt: daysAgo(2),
    },
    overrideAccess: true, // seed: someone who unsubscribed
  })
  await payload.create({
    collection: CAMPAIGNS,
    data: {
      site: site.id,
      subjectPl: 'Jedno dobre pytanie na ten tydzień',
      subjectEn: 'One good question for this week',
      bodyPl: richText('Co w tym tygodniu zrobisz inaczej niż w poprzednim?', 'Odpowiedz na tę wiadomość – czytam każdą odpowiedź.'),
      bodyEn: richText('What will you do differently this week than last?', 'Reply to this email – I read every answer.'),
      status: 'draft',
    },
    overrideAccess: true, // seed
  })
}
