/** Fixtures of the visitor-side tests: a published site with the events section, events in every state, an image. */
import type { Payload } from 'payload'

import sharp from 'sharp'

import { createSite, createUser, publishSiteAs } from '@platform/testing'
import type { EventDetails } from '../lib/details'
import { BIG_EVENTS } from '../slugs'

const DAY = 24 * 3_600_000
/** `days` from now, on a whole minute (as dates are entered). */
export const inDays = (days: number, now = Date.now()) => new Date(Math.floor((now + days * DAY) / 60_000) * 60_000).toISOString()

let counter = 0
const unique = () => `${Date.now().toString(36)}-${++counter}`

export const QUESTIONS: EventDetails = {
  questions: [
    {
      id: 'dieta',
      label: { pl: 'Dieta', en: 'Diet' },
      type: 'select',
      required: true,
      options: [
        { pl: 'Wegetariańska', en: 'Vegetarian' },
        { pl: 'Standardowa', en: 'Standard' },
      ],
    },
    { id: 'uwagi', label: { pl: 'Uwagi' }, type: 'textarea', required: false },
    { id: 'regulamin', label: { pl: 'Akceptuję regulamin wyjazdu', en: 'I accept the retreat terms' }, type: 'checkbox', required: true },
  ],
}

/** Lexical text with a paragraph that tries markup and a `javascript:` link, and a heading. */
export const DESCRIPTION = {
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [
      { type: 'heading', tag: 'h1', version: 1, children: [{ type: 'text', version: 1, text: 'Program', format: 0 }] },
      {
        type: 'paragraph',
        version: 1,
        children: [
          { type: 'text', version: 1, text: 'Joga <script>alert(1)</script> i cisza.', format: 1 },
          {
            type: 'link',
            version: 1,
            fields: { url: 'javascript:alert(2)', linkType: 'custom' },
            children: [{ type: 'text', version: 1, text: 'kliknij', format: 0 }],
          },
          {
            type: 'link',
            version: 1,
            fields: { url: 'https://example.com/plan', linkType: 'custom', newTab: true },
            children: [{ type: 'text', version: 1, text: 'plan', format: 0 }],
          },
        ],
      },
    ],
  },
}

/** A PNG of its own colour (the media library keeps one asset per content and site). */
export const pngFile = async (name: string) => {
  const shade = counter++ % 200
  const data = await sharp({ create: { width: 1200, height: 675, channels: 3, background: { r: 40 + shade, g: 130, b: 110 } } })
    .png()
    .toBuffer()
  return { data, mimetype: 'image/png', name, size: data.length }
}

export const uploadImage = async (payload: Payload, siteId: number) =>
  payload.create({
    collection: 'media-assets',
    data: { site: siteId, alt: 'Góry' },
    file: await pngFile(`event-${unique()}.png`),
    overrideAccess: true, // test setup
  })

type EventData = Record<string, unknown>

export const createEvent = (payload: Payload, siteId: number, data: EventData) =>
  payload.create({
    collection: BIG_EVENTS,
    data: {
      site: siteId,
      title: `Wydarzenie ${unique()}`,
      startDate: inDays(30),
      endDate: inDays(32),
      maxParticipants: 10,
      price: 0,
      status: 'published',
      ...data,
    } as never,
    overrideAccess: true, // test setup: the seat count and status as the registration code would leave them
  })

/** An owner's published site whose home page has the events section (and an English version). */
export const siteWithSection = async (payload: Payload, { publish = true, name = 'Studio Jogi Ola' } = {}) => {
  const owner = await createUser(payload)
  const site = await createSite(payload, owner.id, name)
  await payload.update({
    collection: 'sites',
    id: site.id,
    data: {
      templateConfig: {
        locales: { default: 'pl', enabled: ['pl', 'en'] },
        pages: [
          {
            slug: 'home',
            title: { pl: 'Start', en: 'Home' },
            sections: [
              { type: 'about', heading: { pl: 'O nas', en: 'About us' }, body: { pl: 'Tekst', en: 'Text' } },
              { type: 'bigEvents', id: 'wydarzenia', heading: { pl: 'Warsztaty i wyjazdy', en: 'Workshops and retreats' }, limit: 5 },
            ],
          },
        ],
      },
    },
    overrideAccess: true, // test setup
  })
  if (publish) await publishSiteAs(payload, site.id)
  return { owner, site }
}

export const get = (url: string, init: RequestInit = {}) =>
  fetch(url, { redirect: 'manual', ...init }).then(async (response) => ({ status: response.status, headers: response.headers, text: await response.text() }))

/** The schema.org objects of a page, parsed. */
export const jsonLdOf = (html: string): Record<string, unknown>[] =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((match) => JSON.parse(match[1]))
