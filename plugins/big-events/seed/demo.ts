/**
 * Big events demo (the contract's `seed`, run after the core demo). Studio Ruchu (whose yoga-studio starter has
 * the events section) sells a paid weekend retreat with an early-bird price, an image and three registration
 * questions; Anna's coaching site gets a free online workshop and the events section on its home page. Dates
 * are relative to now, so both stay upcoming. Trusted seed code: overrideAccess.
 */
import type { Payload } from 'payload'

import sharp from 'sharp'

import type { DemoSeed } from '@platform'
import { demoSite } from '@platform'
import type { EventDetails } from '../lib/details'
import { BIG_EVENTS } from '../slugs'

const DAY = 24 * 3_600_000

/** `days` from today at `hour`:00 UTC (10:00 or 11:00 in Warsaw, 18:00/19:00 for 17 UTC). */
const dayAt = (days: number, hour: number) => {
  const date = new Date(Date.now() + days * DAY)
  date.setUTCHours(hour, 0, 0, 0)
  return date.toISOString()
}

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

const RETREAT_QUESTIONS: EventDetails = {
  questions: [
    {
      id: 'dieta',
      label: { pl: 'Dieta', en: 'Diet' },
      type: 'select',
      required: true,
      options: [
        { pl: 'Standardowa', en: 'Standard' },
        { pl: 'Wegetariańska', en: 'Vegetarian' },
        { pl: 'Wegańska', en: 'Vegan' },
        { pl: 'Bezglutenowa', en: 'Gluten-free' },
      ],
    },
    {
      id: 'zdrowie',
      label: { pl: 'Kontuzje lub dolegliwości, o których powinniśmy wiedzieć', en: 'Injuries or conditions we should know about' },
      type: 'textarea',
      required: false,
    },
    {
      id: 'pokoj-1-os',
      label: { pl: 'Chcę pokój jednoosobowy (dopłata na miejscu)', en: 'I would like a single room (paid on site)' },
      type: 'checkbox',
      required: false,
    },
  ],
}

const WORKSHOP_QUESTIONS: EventDetails = {
  questions: [
    {
      id: 'etap',
      label: { pl: 'Na jakim etapie zmiany jesteś?', en: 'Where are you with your change?' },
      type: 'select',
      required: false,
      options: [
        { pl: 'Dopiero o niej myślę', en: 'Just thinking about it' },
        { pl: 'Szukam nowej pracy', en: 'Looking for a new job' },
        { pl: 'Właśnie zmieniłem/-am pracę', en: 'I have just changed jobs' },
      ],
    },
  ],
}

/** A calm mountain-like picture for the retreat (made here: the demo needs no file from the internet). */
const retreatImage = async (payload: Payload, siteId: number) => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#f6d7b0"/><stop offset="1" stop-color="#e9a77a"/></linearGradient></defs>
    <rect width="1600" height="900" fill="url(#sky)"/><circle cx="1180" cy="300" r="110" fill="#fff3d6"/>
    <path d="M0 620 L300 360 L520 560 L800 280 L1080 560 L1300 420 L1600 640 L1600 900 L0 900Z" fill="#5f7f6b"/>
    <path d="M0 760 L380 560 L700 720 L1000 580 L1600 780 L1600 900 L0 900Z" fill="#3f5e4d"/></svg>`
  const data = await sharp(Buffer.from(svg)).png().toBuffer()
  return payload.create({
    collection: 'media-assets',
    data: { site: siteId, alt: 'Góry o zachodzie słońca' },
    file: { data, mimetype: 'image/png', name: 'weekend-z-joga.png', size: data.length },
    overrideAccess: true, // seed
  })
}

export const seedBigEventsDemo: DemoSeed = async (context) => {
  const { payload, republish } = context
  const studio = demoSite(context, 'studio')
  if (studio) {
    const image = await retreatImage(payload, studio.id)
    await payload.create({
      collection: BIG_EVENTS,
      data: {
        site: studio.id,
        title: 'Weekend z jogą w Beskidach',
        slug: 'weekend-z-joga-w-beskidach',
        description: richText(
          'Trzy dni ruchu, oddechu i ciszy w górach: poranna praktyka vinyasy, popołudniowa joga regeneracyjna, spacery po Beskidzie Śląskim i wieczorne medytacje.',
          'W cenie: dwa noclegi w pokojach dwuosobowych, pełne wyżywienie (wegetariańskie lub wegańskie na życzenie), wszystkie zajęcia i maty. Dojazd we własnym zakresie.',
          'Zajęcia prowadzi Marek Wiśniewski. Zapraszamy osoby z podstawowym doświadczeniem w jodze.',
        ),
        image: image.id,
        startDate: dayAt(45, 9),
        endDate: dayAt(47, 13),
        timeZone: 'Europe/Warsaw',
        locationKind: 'in_person',
        location: 'Pensjonat Pod Skrzycznem, ul. Leśna 12, 43-370 Szczyrk',
        maxParticipants: 14,
        price: 1200,
        earlyBirdPrice: 990,
        earlyBirdEndsAt: dayAt(20, 22),
        cancelCutoffHours: 72,
        details: RETREAT_QUESTIONS,
        status: 'published',
        sendEmailOnPublish: false,
      },
      overrideAccess: true, // seed
    })
  }
  const anna = demoSite(context, 'coach')
  if (anna) {
    await payload.create({
      collection: BIG_EVENTS,
      data: {
        site: anna.id,
        title: 'Warsztat online: jak zaplanować zmianę pracy',
        slug: 'warsztat-zmiana-pracy',
        description: richText(
          'Dwie godziny praktycznej pracy w małej grupie: nazwiesz, czego szukasz, sprawdzisz swoje mocne strony i wyjdziesz z planem pierwszych trzech kroków.',
          'Spotykamy się na wideo; link do spotkania dostaniesz w e-mailu z potwierdzeniem zapisu.',
        ),
        startDate: dayAt(12, 17),
        endDate: dayAt(12, 19),
        timeZone: 'Europe/Warsaw',
        locationKind: 'online',
        onlineUrl: 'https://meet.example.com/anna-zmiana-pracy',
        maxParticipants: 30,
        price: 0,
        cancelCutoffHours: 2,
        details: WORKSHOP_QUESTIONS,
        status: 'published',
        sendEmailOnPublish: false,
      },
      overrideAccess: true, // seed
    })
    await republish?.(anna.id, (config) => {
      const pages = (config.pages as { slug: string; sections?: { type: string }[] }[] | undefined) ?? []
      const home = pages[0]
      if (!home || home.sections?.some((section) => section.type === 'bigEvents')) return config
      const sections = home.sections ?? []
      const at = sections.findIndex((section) => section.type === 'testimonials')
      const events = { type: 'bigEvents', id: 'warsztaty', heading: { pl: 'Warsztaty', en: 'Workshops' }, limit: 3 }
      home.sections = at < 0 ? [...sections, events] : [...sections.slice(0, at), events, ...sections.slice(at)]
      return config
    })
  }
}
