/** Shared setup of the domains plugin's DNS tests: env for the fake OVH and DNS, raw HTTP with a Host header, a published site. */
import http from 'node:http'

import type { Payload } from 'payload'

import { publishSiteAs } from '@platform/testing'
import { forgetOvhTimeOffsets } from '../ovh'
import { DEV_OVH_KEYS, type FakeOvh } from '../simulator'

export const TARGET_V4 = '203.0.113.10'
export const TARGET_V6 = '2001:db8::10'

/** Every variable the DNS tests set, so each file starts and ends clean. */
export const DNS_ENV = [
  'OVH_ENDPOINT',
  'OVH_APPLICATION_KEY',
  'OVH_APPLICATION_SECRET',
  'OVH_CONSUMER_KEY',
  'DOMAINS_TARGET_IPV4',
  'DOMAINS_TARGET_IPV6',
  'DOMAINS_TARGET_CNAME',
  'DOMAINS_DNS_RESOLVERS',
  'DOMAINS_DNS_TIMEOUT_MS',
  'DOMAINS_CHECK_FIRST_MS',
  'DOMAINS_CHECK_MAX_MS',
  'DOMAINS_CHECK_GIVE_UP_HOURS',
  'DOMAINS_CHECK_PER_HOUR',
  'ALLOWED_ORIGINS_CACHE_MS',
]

/** Points the plugin at the fake OVH and the fake DNS, with fast checks. */
export const useFakes = ({ fake, dnsAddress }: { fake: FakeOvh; dnsAddress: string }) => {
  for (const name of DNS_ENV) delete process.env[name]
  Object.assign(process.env, {
    OVH_ENDPOINT: fake.endpoint,
    OVH_APPLICATION_KEY: DEV_OVH_KEYS.applicationKey,
    OVH_APPLICATION_SECRET: DEV_OVH_KEYS.applicationSecret,
    OVH_CONSUMER_KEY: DEV_OVH_KEYS.consumerKey,
    DOMAINS_TARGET_IPV4: TARGET_V4,
    DOMAINS_TARGET_IPV6: TARGET_V6,
    DOMAINS_DNS_RESOLVERS: dnsAddress,
    DOMAINS_DNS_TIMEOUT_MS: '1000',
    DOMAINS_CHECK_FIRST_MS: '150',
    DOMAINS_CHECK_MAX_MS: '400',
    // Answers of plugins about origins are not remembered, so each request sees the current state.
    ALLOWED_ORIGINS_CACHE_MS: '0',
  })
  forgetOvhTimeOffsets()
}

export type RawAnswer = { status: number; headers: http.IncomingHttpHeaders; body: string }

/** A request over node:http, so the Host header can be set as a browser on a custom domain sets it. */
export const raw = (baseURL: string, path: string, headers: Record<string, string> = {}, method = 'GET') =>
  new Promise<RawAnswer>((resolve, reject) => {
    const request = http.request(new URL(path, baseURL), { method, headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }))
    })
    request.on('error', reject)
    request.end()
  })

/** Gives the site a home page with `heading` and publishes it. */
export const publishWithHeading = async (payload: Payload, siteId: number, heading: string) => {
  const text = (value: string) => ({ pl: `${value} PL`, en: `${value} EN` })
  await payload.update({
    collection: 'sites',
    id: siteId,
    data: {
      templateConfig: {
        locales: { default: 'pl', enabled: ['pl', 'en'] },
        seo: { title: text(heading), description: text('Opis') },
        pages: [
          { slug: 'home', title: text('Start'), sections: [{ type: 'hero', heading: text(heading) }] },
          { slug: 'oferta', title: text('Oferta'), sections: [{ type: 'about', heading: text('Oferta'), body: text('Treść') }] },
        ],
      },
    },
    overrideAccess: true,
  })
  await publishSiteAs(payload, siteId)
}

let counter = 0
/** A domain name no other test uses. */
export const freshDomain = (stem = 'kowalska') => `${stem}-${process.pid}-${Date.now().toString(36)}-${++counter}.pl`
