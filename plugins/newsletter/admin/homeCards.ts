/**
 * The newsletter plugin's card on the owner's home: how many confirmed subscribers the site has and the newest
 * sign-ups, linking to the subscribers and the analytics. Only for roles that read the audience (hosts do not).
 */
import type { HomeCardsLoader } from '@platform'
import { roleIn } from '@platform'
import { polishPlural } from '@platform/format'
import { SUBSCRIPTIONS } from '../slugs'

const SHOWN = 5

const TEXTS = {
  pl: {
    title: 'Subskrybenci newslettera',
    count: (count: number) =>
      polishPlural(count, { one: 'potwierdzony subskrybent', few: 'potwierdzonych subskrybentów', many: 'potwierdzonych subskrybentów' }),
    none: 'Nikt się jeszcze nie zapisał.',
    confirmed: 'potwierdzony',
    unconfirmed: 'oczekujący na potwierdzenie adresu',
    unsubscribed: 'wypisany',
    all: 'Subskrybenci',
    analytics: 'Statystyki',
  },
  en: {
    title: 'Newsletter subscribers',
    count: (count: number) => (count === 1 ? 'confirmed subscriber' : 'confirmed subscribers'),
    none: 'Nobody has signed up yet.',
    confirmed: 'confirmed',
    unconfirmed: 'waiting for address confirmation',
    unsubscribed: 'unsubscribed',
    all: 'Subscribers',
    analytics: 'Analytics',
  },
}

export const newsletterHomeCards: HomeCardsLoader = async ({ req, site, role, lang }) => {
  if (!roleIn(role, 'audience')) return []
  const text = TEXTS[lang]
  const onSite = { site: { equals: site.id } }
  const [confirmed, latest] = await Promise.all([
    req.payload.count({
      collection: SUBSCRIPTIONS,
      where: { and: [onSite, { isConfirmed: { equals: true } }, { isActive: { equals: true } }] },
      overrideAccess: false,
      req,
    }),
    req.payload.find({
      collection: SUBSCRIPTIONS,
      where: onSite,
      sort: '-createdAt',
      limit: SHOWN,
      depth: 0,
      select: { email: true, isConfirmed: true, isActive: true, subscribedAt: true, createdAt: true },
      overrideAccess: false,
      req,
    }),
  ])
  return [
    {
      key: 'subscribers',
      title: text.title,
      count: confirmed.totalDocs,
      countLabel: text.count(confirmed.totalDocs),
      items: latest.docs.map((doc) => ({
        text: doc.email,
        at: doc.subscribedAt ?? doc.createdAt,
        dateOnly: true,
        detail: !doc.isActive ? text.unsubscribed : doc.isConfirmed ? text.confirmed : text.unconfirmed,
        link: `/admin/collections/${SUBSCRIPTIONS}/${doc.id}`,
      })),
      empty: text.none,
      links: [
        { label: text.all, href: `/admin/collections/${SUBSCRIPTIONS}` },
        { label: text.analytics, href: '/admin/newsletter-analytics' },
      ],
    },
  ]
}
