/**
 * Plugins' `allowedOrigins` joining Payload's CORS and CSRF lists for one request: Payload's own
 * `headersWithCors` answers the allowed origin, the lists stay the static ones outside the request, answers are
 * remembered, malformed origins are never asked about, and a failing plugin allows nothing.
 */
import type { Payload, PayloadRequest } from 'payload'

import { headersWithCors } from 'payload'

import { applyContribution } from '../plugins/definePlatformPlugin'
import { allowedOriginsFor, OriginList } from './allowedOrigins'

const PLATFORM = 'https://platforma.example'
const LIVE = 'https://kowalska.pl'

const fakePayload = (check: (origin: string) => Promise<boolean>) => {
  const config = applyContribution({ collections: [] } as never, 'domains-test', { allowedOrigins: ({ origin }) => check(origin) }, true)
  const errors: unknown[] = []
  const payload = {
    config: { ...config, cors: [PLATFORM], csrf: [PLATFORM] },
    logger: { error: (entry: unknown) => errors.push(entry) },
  } as unknown as Payload
  return { payload, errors }
}

/** What Payload's handlers set on an answer to a request from `origin`. */
const corsFor = (payload: Payload, origin: string) =>
  headersWithCors({ headers: new Headers(), req: { payload, headers: new Headers({ origin }) } as unknown as PayloadRequest }).get(
    'access-control-allow-origin',
  )

describe('allowedOrigins', () => {
  it("allows a plugin's origin for the request it was asked for, and nothing outside it", async () => {
    const asked: string[] = []
    const { payload } = fakePayload(async (origin) => (asked.push(origin), origin === LIVE))
    const origins = allowedOriginsFor(payload)
    expect(payload.config.csrf).toBeInstanceOf(OriginList)

    const inside = await origins.run(LIVE, async () => ({ csrf: payload.config.csrf.includes(LIVE), cors: corsFor(payload, LIVE) }))
    expect(inside).toEqual({ csrf: true, cors: LIVE })
    const other = await origins.run('https://evil.example', async () => ({
      csrf: payload.config.csrf.includes('https://evil.example'),
      cors: corsFor(payload, 'https://evil.example'),
    }))
    expect(other).toEqual({ csrf: false, cors: null })
    // Outside a request (or in another request's scope) the lists are the static ones.
    expect(payload.config.csrf.includes(LIVE)).toBe(false)
    expect(await origins.run(LIVE, async () => payload.config.csrf.includes('https://evil.example'))).toBe(false)
    // The platform's own origin is static: the plugin is not asked about it.
    expect(await origins.run(PLATFORM, async () => corsFor(payload, PLATFORM))).toBe(PLATFORM)
    expect(asked).toEqual([LIVE, 'https://evil.example'])
  })

  it('remembers answers per origin, and forgets them on request', async () => {
    let allowed = true
    let asked = 0
    const { payload } = fakePayload(async () => (asked++, allowed))
    const origins = allowedOriginsFor(payload)
    const allowedNow = () => origins.run(LIVE, async () => payload.config.csrf.includes(LIVE))
    expect(await allowedNow()).toBe(true)
    allowed = false
    expect(await allowedNow()).toBe(true)
    expect(asked).toBe(1)
    origins.forget()
    expect(await allowedNow()).toBe(false)
    expect(asked).toBe(2)
  })

  it('never asks about a malformed origin, and a failing plugin allows nothing', async () => {
    const asked: string[] = []
    const { payload, errors } = fakePayload(async (origin) => {
      asked.push(origin)
      throw new Error('database down')
    })
    const origins = allowedOriginsFor(payload)
    for (const bad of ['null', 'https://kowalska.pl/path', 'javascript:alert(1)', 'kowalska.pl', undefined]) {
      expect(await origins.run(bad, async () => payload.config.csrf.includes(String(bad)))).toBe(false)
    }
    expect(asked).toEqual([])
    expect(await origins.run(LIVE, async () => payload.config.csrf.includes(LIVE))).toBe(false)
    expect(asked).toEqual([LIVE])
    expect(errors).toHaveLength(1)
  })
})
