/**
 * The testimonials plugin's card on the owner's home: how many testimonials wait for moderation and the newest
 * ones with their state, linking to the moderation view (for those who moderate) or the list. Read with the
 * reader's access.
 */
import type { HomeCardsLoader } from '@platform'
import { roleIn } from '@platform'
import { polishPlural } from '@platform/format'
import { MODERATION_VIEW_PATH } from '../lib/ownerNotice'
import { TESTIMONIALS } from '../slugs'

const SHOWN = 5

const TEXTS = {
  pl: {
    title: 'Nowe opinie',
    waiting: (count: number) =>
      polishPlural(count, { one: 'opinia czeka na moderację', few: 'opinie czekają na moderację', many: 'opinii czeka na moderację' }),
    none: 'Nie ma jeszcze opinii.',
    moderate: 'Przejdź do moderacji',
    all: 'Wszystkie opinie',
    status: { pending: 'czeka na moderację', approved: 'zatwierdzona', rejected: 'odrzucona' } as Record<string, string>,
    rating: (stars: number) => `ocena ${stars} na 5`,
  },
  en: {
    title: 'New testimonials',
    waiting: (count: number) => (count === 1 ? 'testimonial waits for moderation' : 'testimonials wait for moderation'),
    none: 'No testimonials yet.',
    moderate: 'Go to moderation',
    all: 'All testimonials',
    status: { pending: 'waiting for moderation', approved: 'approved', rejected: 'rejected' } as Record<string, string>,
    rating: (stars: number) => `rated ${stars} out of 5`,
  },
}

export const testimonialsHomeCards: HomeCardsLoader = async ({ req, site, role, lang }) => {
  const text = TEXTS[lang]
  const onSite = { site: { equals: site.id } }
  const [pending, latest] = await Promise.all([
    req.payload.count({ collection: TESTIMONIALS, where: { and: [onSite, { status: { equals: 'pending' } }] }, overrideAccess: false, req }),
    req.payload.find({
      collection: TESTIMONIALS,
      where: onSite,
      sort: '-createdAt',
      limit: SHOWN,
      depth: 0,
      select: { authorName: true, rating: true, status: true, createdAt: true },
      overrideAccess: false,
      req,
    }),
  ])
  const moderates = roleIn(role, 'content')
  return [
    {
      key: 'new',
      title: text.title,
      count: pending.totalDocs,
      countLabel: text.waiting(pending.totalDocs),
      items: latest.docs.map((doc) => ({
        text: doc.authorName,
        at: doc.createdAt,
        dateOnly: true,
        detail: [typeof doc.rating === 'number' ? text.rating(doc.rating) : '', text.status[doc.status] ?? ''].filter(Boolean).join(', '),
        link: `/admin/collections/testimonials/${doc.id}`,
      })),
      empty: text.none,
      links: [
        ...(moderates ? [{ label: text.moderate, href: `${MODERATION_VIEW_PATH}?${new URLSearchParams({ site: String(site.id), status: 'pending' })}` }] : []),
        { label: text.all, href: '/admin/collections/testimonials' },
      ],
    },
  ]
}
