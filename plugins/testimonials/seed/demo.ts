/**
 * Testimonials demo (the contract's `seed`, run after the core demo): on Anna's coaching site, whose starter
 * template has the testimonials section, five approved testimonials from every source (one featured, one with
 * Anna's reply, one from a verified client, confirmed addresses), one waiting for moderation and one rejected,
 * which no page shows; on Marek's yoga studio (its starter has the section too) four approved ones from
 * students, so neither demo site shows an empty section. Trusted seed code: overrideAccess.
 */
import type { DemoSeed, DemoSiteKey } from '@platform'
import { demoSite } from '@platform'
import { TESTIMONIALS } from '../slugs'

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
    reply: 'Dziękuję, Piotrze! To Ty zrobiłeś każdy z tych kroków – trzymam kciuki za kolejne.',
  },
  {
    authorName: 'Emma Smith',
    authorEmail: 'emma.smith@example.com',
    rating: 4,
    content:
      'Coaching in English with Anna helped me settle into a new job in Warsaw. Warm, structured and honest – I only wish the evening slots were easier to get.',
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

/** Students of the yoga studio (the demo's second site), all approved. */
export const STUDIO_TESTIMONIALS: Demo[] = [
  {
    authorName: 'Agnieszka W.',
    authorEmail: 'agnieszka.w@example.com',
    rating: 5,
    content:
      'Chodzę na hatha jogę w poniedziałki od pół roku. Kręgosłup przestał boleć, a wieczorem wreszcie zasypiam bez telefonu w ręku. Ola tłumaczy każdą pozycję tak, że nie da się jej zrobić źle.',
    status: 'approved',
    source: 'form',
    locale: 'pl',
    days: 21,
    isFeatured: true,
    verified: true,
  },
  {
    authorName: 'Michał K.',
    rating: 5,
    content: 'Pilates u Kuby to najlepsza godzina tygodnia. Małe grupy, więc każdy dostaje poprawki, a nie tylko ci z pierwszego rzędu.',
    status: 'approved',
    source: 'manual',
    locale: 'pl',
    days: 45,
  },
  {
    authorName: 'Sarah J.',
    authorEmail: 'sarah.j@example.com',
    rating: 5,
    content: 'A calm, friendly studio. The Sunday meditation is the perfect way to end the week, and classes are easy to follow in English.',
    status: 'approved',
    source: 'form',
    locale: 'en',
    days: 12,
    verified: true,
  },
  {
    authorName: 'Ewelina P.',
    rating: 4,
    content: 'Poranna vinyasa we wtorek stawia mnie na nogi lepiej niż kawa. Przydałoby się jeszcze kilka miejsc więcej w sobotę.',
    status: 'approved',
    source: 'imported',
    locale: 'pl',
    days: 70,
  },
]

/** Which site gets which testimonials. */
const DEMO_BY_SITE: [DemoSiteKey, Demo[]][] = [
  ['coach', DEMO_TESTIMONIALS],
  ['studio', STUDIO_TESTIMONIALS],
]

export const seedTestimonialsDemo: DemoSeed = async (context) => {
  for (const [key, demos] of DEMO_BY_SITE) {
    const site = demoSite(context, key)
    if (site) await seedSite(context.payload, site.id, demos)
  }
}

const seedSite = async (payload: Parameters<DemoSeed>[0]['payload'], siteId: number, demos: Demo[]) => {
  for (const demo of demos) {
    const at = daysAgo(demo.days)
    const later = daysAgo(Math.max(0, demo.days - 1))
    const fromPerson = demo.source === 'form' || demo.source === 'invited'
    await payload.create({
      collection: TESTIMONIALS,
      data: {
        site: siteId,
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
