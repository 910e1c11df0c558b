/** Helpers for the testimonials plugin's integration tests: a published site with the section, requests as a visitor from a chosen IP, mail. */
import type { Payload } from 'payload'

import type { ReceivedMail } from '@platform/testing'
import { createSite, createUser, mimePart, publishSiteAs } from '@platform/testing'
import { TESTIMONIALS } from '../slugs'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON answers
type Json = any

let ipCounter = 0
/** A new documentation address (203.0.113.0/24, then 198.51.100.0/24): the platform trusts X-Forwarded-For from loopback. */
export const freshIp = () => {
  ipCounter += 1
  return ipCounter < 250 ? `203.0.113.${ipCounter}` : `198.51.100.${ipCounter - 249}`
}

let counter = 0
export const address = (prefix = 'author') => `${prefix}-${Date.now().toString(36)}-${++counter}@example.test`

/** A valid form body (override what the test is about). */
export const submission = (over: Record<string, unknown> = {}) => ({
  authorName: 'Marta N.',
  authorEmail: address(),
  rating: 5,
  content: 'Po trzech sesjach wiedziałam, czego chcę. Polecam!',
  consent: true,
  locale: 'pl',
  website: '',
  ...over,
})

/** An owner (Polish admin) with a published site whose home page has the testimonials section (with the form). */
export const siteWithSection = async (payload: Payload, { ownerLocale = 'pl' as 'pl' | 'en', name = 'Gabinet Anny' } = {}) => {
  const owner = await createUser(payload, { locale: ownerLocale })
  await payload.update({ collection: 'users', id: owner.id, data: { firstName: 'Anna' }, overrideAccess: true })
  const site = await createSite(payload, owner.id, name)
  await payload.update({
    collection: 'sites',
    id: site.id,
    data: {
      templateConfig: {
        pages: [
          {
            slug: 'home',
            title: { pl: 'Start', en: 'Home' },
            sections: [{ type: 'testimonials', id: 'opinie', heading: { pl: 'Co mówią klienci', en: 'What clients say' }, limit: 10 }],
          },
        ],
      },
    },
    overrideAccess: true,
  })
  await publishSiteAs(payload, site.id)
  return { owner, site }
}

export const submit = (
  baseURL: string,
  identifier: string,
  body: unknown,
  { ip = freshIp(), raw, contentType = 'application/json', language }: { ip?: string; raw?: string; contentType?: string; language?: string } = {},
) =>
  fetch(`${baseURL}/api/public/sites/${identifier}/testimonials`, {
    method: 'POST',
    headers: { 'content-type': contentType, 'x-forwarded-for': ip, ...(language ? { 'accept-language': language } : {}) },
    body: raw ?? JSON.stringify(body),
  }).then(async (response) => ({ status: response.status, headers: response.headers, body: (await response.json().catch(() => undefined)) as Json }))

export const list = (baseURL: string, identifier: string, query = '', headers: Record<string, string> = {}) =>
  fetch(`${baseURL}/api/public/sites/${identifier}/testimonials${query}`, { headers }).then(async (response) => ({
    status: response.status,
    headers: response.headers,
    body: (await response.json().catch(() => undefined)) as Json,
  }))

export const page = (url: string, init: RequestInit = {}) =>
  fetch(url, { redirect: 'manual', ...init }).then(async (response) => ({ status: response.status, headers: response.headers, html: await response.text() }))

/** Every stored testimonial of a site (trusted read, as a test inspects the database). */
export const storedIn = async (payload: Payload, siteId: number) =>
  (await payload.find({ collection: TESTIMONIALS, where: { site: { equals: siteId } }, overrideAccess: true, limit: 0, pagination: false })).docs

export const textOf = (mail: ReceivedMail) => mimePart(mail.raw, 'text/plain') ?? ''

/** The address-confirmation link in the message's plain-text part. */
export const verifyLinkIn = (mail: ReceivedMail): string => {
  const match = /https?:\/\/[^\s"<>]+\/api\/public\/testimonials\/verify\?token=[A-Za-z0-9_%-]+/.exec(textOf(mail))
  if (!match) throw new Error(`No confirmation link in:\n${textOf(mail)}`)
  return match[0]
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
