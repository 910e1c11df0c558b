/**
 * Testimonials demo (the contract's `seed`, run after the core demo): on Anna's coaching site, whose starter
 * template has the testimonials section, five approved testimonials from every source (one featured, one with
 * Anna's reply, one from a verified client, confirmed addresses), one waiting for moderation and one rejected,
 * which no page shows. Trusted seed code: overrideAccess.
 */
import type { DemoSeed } from '@platform'
import { TESTIMONIALS } from '../slugs'

const DEMO_SITE = 'anna-coaching'

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3_600_000).toISOString()

type Demo = {
  authorName: string
  authorEmail?: string
  rating: number
  content: string
  status: 'approved' | 'pending' | 'rejected'
  source: 'form' | 'invited' | 'imported' | 'manual'
  locale: 'pl' | 'en'
  days: number
  isFeatured?: boolean
  isVerifiedClient?: boolean
  verified?: boolean
  reply?: string
}

export const DEMO_TESTIMONIALS: Demo[] = [
  {
    authorName: 'Marta Nowak',
    authorEmail: 'marta.nowak@example.com',
    rating: 5,
    content:
      'Przyszłam z poczuciem, że utknęłam w pracy, która mnie nie cieszy. Po trzech sesjach wiedziałam, czego chcę, a po kolejnych trzech miałam plan i pierwszą rozmowę rekrutacyjną. Anna zadaje pytania, które zostają w głowie na długo.',
    status: 'approved',
    source: 'form',
    locale: 'pl',
    days: 30,
    isFeatured: true,
    verified: true,
  },
  {
    authorName: 'Piotr Zieliński',
    authorEmail: 'piotr.zielinski@example.com',
    rating: 5,
    content: 'Konkretnie, bez lania wody. Każda sesja kończyła się jednym małym krokiem do zrobienia i to właśnie te kroki zrobiły różnicę.',
    status: 'approved',
    source: 'invited',
    locale: 'pl',
    days: 18,
    isVerifiedClient: true,
    reply: 'Dziękuję, Piotrze! To Ty zrobiłeś każdy z tych kroków — trzymam kciuki za kolejne.',
  },
  {
    authorName: 'Emma Smith',
    authorEmail: 'emma.smith@example.com',
    rating: 4,
    content:
      'Coaching in English with Anna helped me settle into a new job in Warsaw. Warm, structured and honest — I only wish the evening slots were easier to get.',
    status: 'approved',
    source: 'form',
    locale: 'en',
    days: 9,
    verified: true,
  },
  {
    authorName: 'Katarzyna Wiśniewska',
    rating: 5,
    content: 'Warsztat dla naszego zespołu był najlepiej wykorzystanym dniem w kwartale. Wróciliśmy z jasnymi celami i lepszą komunikacją.',
    status: 'approved',
    source: 'imported',
    locale: 'pl',
    days: 120,
  },
  {
    authorName: 'Tomasz L.',
    rating: 4,
    content: 'Dobre, spokojne sesje online. Pomogły mi uporządkować priorytety przed zmianą pracy.',
    status: 'approved',
    source: 'manual',
    locale: 'pl',
    days: 60,
  },
  {
    authorName: 'Jan Wiśniewski',
    authorEmail: 'jan@example.org',
    rating: 5,
    content: 'Dziękuję za wczorajszą sesję! Pierwszy raz od miesięcy wyszedłem z jasną głową i planem na najbliższy tydzień.',
    status: 'pending',
    source: 'form',
    locale: 'pl',
    days: 1,
  },
  {
    authorName: 'Promocja SEO',
    authorEmail: 'oferta@spam.example',
    rating: 1,
    content: 'Tanie pozycjonowanie stron i tysiące odwiedzin dziennie! Napisz do nas, a Twoja strona będzie pierwsza w Google.',
    status: 'rejected',
    source: 'form',
    locale: 'pl',
    days: 4,
  },
]

export const seedTestimonialsDemo: DemoSeed = async ({ payload, sites }) => {
  const site = sites.find((candidate) => candidate.identifier === DEMO_SITE)
  if (!site) return
  for (const demo of DEMO_TESTIMONIALS) {
    const at = daysAgo(demo.days)
    const later = daysAgo(Math.max(0, demo.days - 1))
    const fromPerson = demo.source === 'form' || demo.source === 'invited'
    await payload.create({
      collection: TESTIMONIALS,
      data: {
        site: site.id,
        authorName: demo.authorName,
        authorEmail: demo.authorEmail,
        rating: demo.rating,
        content: demo.content,
        status: demo.status,
        source: demo.source,
        locale: demo.locale,
        givenAt: at,
        isFeatured: Boolean(demo.isFeatured),
        isVerifiedClient: Boolean(demo.isVerifiedClient),
        ...(fromPerson ? { consentAt: at, ownerNotifiedAt: at } : {}),
        ...(demo.verified ? { emailVerifiedAt: at } : {}),
        ...(demo.status === 'pending' ? {} : { moderatedAt: later }),
        ...(demo.reply ? { reply: demo.reply, repliedAt: later } : {}),
      },
      overrideAccess: true, // seed
    })
  }
}
