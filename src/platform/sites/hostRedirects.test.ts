/** Plugins' `hostRedirects`: the first real answer wins, never a loop to the same host or to something that is not a host name. */
import type { Payload } from 'payload'

import { applyContribution } from '../plugins/definePlatformPlugin'
import { hostRedirectFor, hostRedirectResponse } from './hostRedirects'

const payloadWith = (...answers: ((host: string) => string | undefined)[]) => {
  let config = { collections: [] } as never
  answers.forEach((answer, index) => {
    config = applyContribution(config, `plugin-${index}`, { hostRedirects: async ({ host }) => answer(host) }, true) as never
  })
  return { config } as unknown as Payload
}

describe('hostRedirects', () => {
  it('asks plugins in order and takes the first host name that is not the host itself', async () => {
    const payload = payloadWith(
      (host) => (host === 'loop.pl' ? 'loop.pl' : undefined),
      (host) => (host === 'www.kowalska.pl' ? 'Kowalska.PL' : host === 'bad.pl' ? 'http://evil.example/' : undefined),
      () => 'fallback.pl',
    )
    expect(await hostRedirectFor(payload, 'www.kowalska.pl')).toBe('kowalska.pl')
    expect(await hostRedirectFor(payload, 'loop.pl')).toBe('fallback.pl')
    expect(await hostRedirectFor(payload, 'bad.pl')).toBe('fallback.pl')
    expect(
      await hostRedirectFor(
        payloadWith(() => undefined),
        'kowalska.pl',
      ),
    ).toBeUndefined()
  })

  it('redirects reads with 301 and other methods with 308, over https, path and query kept, for an hour', () => {
    expect(hostRedirectResponse('GET', 'kowalska.pl', '/oferta?x=1&y=%C5%BC')).toEqual({
      status: 301,
      headers: { Location: 'https://kowalska.pl/oferta?x=1&y=%C5%BC', 'Cache-Control': 'public, max-age=3600', 'Content-Length': '0' },
    })
    expect(hostRedirectResponse('POST', 'kowalska.pl', '/form').status).toBe(308)
    // A path that looks like another host stays a path on the target.
    expect(hostRedirectResponse('GET', 'kowalska.pl', '//evil.example/x').headers.Location).toBe('https://kowalska.pl//evil.example/x')
  })
})
