import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { DevService } from './devServices'
import { shouldStartDevServices, startDevServices } from './devServices'

/** A real HTTP service on 127.0.0.1 that says its name, as a plugin's stand-in would. */
const httpService = (name: string, closed: string[]): DevService => ({
  name,
  start: async ({ publicURL }) => {
    const server = http.createServer((_, res) => res.end(`${name} for ${publicURL}`))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    return {
      env: { [`${name.toUpperCase()}_URL`]: url, SHARED: name },
      description: url,
      close: () => new Promise<void>((resolve) => server.close(() => resolve())).then(() => void closed.push(name)),
    }
  },
})

const configWith = (services: { plugin: string; service: DevService }[]) => ({ custom: { platform: { devServices: services } } })

describe('dev services', () => {
  it('starts each service, gives the app their settings without replacing set ones, and closes them last-first', async () => {
    const closed: string[] = []
    const target: Record<string, string | undefined> = { KEEP_URL: 'http://example.test' }
    const seen: Record<string, string | undefined>[] = []
    const notNeeded: DevService = {
      name: 'not needed',
      start: async ({ env }) => {
        seen.push({ ...env })
        return null
      },
    }
    const log: string[] = []
    const started = await startDevServices(
      configWith([
        { plugin: 'one', service: httpService('first', closed) },
        { plugin: 'two', service: notNeeded },
        { plugin: 'two', service: httpService('keep', closed) },
      ]),
      { publicURL: 'http://localhost:3000', target, log: (line) => log.push(line) },
    )
    expect(started.started).toEqual(['first', 'keep'])
    expect(await (await fetch(target.FIRST_URL!)).text()).toBe('first for http://localhost:3000')
    // Set before: kept. Two services setting one name: the first wins.
    expect(target.KEEP_URL).toBe('http://example.test')
    expect(target.SHARED).toBe('first')
    // A service reads the environment as it was before any service ran.
    expect(seen[0].FIRST_URL).toBeUndefined()
    expect(log).toEqual([expect.stringMatching(/^first \(plugin one\): http:\/\/127\.0\.0\.1:\d+$/), expect.stringMatching(/^keep \(plugin two\): /)])
    await started.close()
    expect(closed).toEqual(['keep', 'first'])
    await expect(fetch(target.FIRST_URL!)).rejects.toThrow()
  })

  it('a service that fails stops the ones already started, and the error names it', async () => {
    const closed: string[] = []
    const broken: DevService = {
      name: 'broken',
      start: async () => {
        throw new Error('port taken')
      },
    }
    await expect(
      startDevServices(
        configWith([
          { plugin: 'one', service: httpService('first', closed) },
          { plugin: 'two', service: broken },
        ]),
        {
          publicURL: 'http://localhost:3000',
          target: {},
          log: () => {},
        },
      ),
    ).rejects.toThrow('Plugin "two": the dev service "broken" did not start: port taken')
    expect(closed).toEqual(['first'])
  })

  it('no plugin with services: nothing starts', async () => {
    const target = {}
    expect((await startDevServices({ custom: {} }, { publicURL: 'http://localhost:3000', target })).started).toEqual([])
    expect(target).toEqual({})
  })

  it('runs in development, or when DEV_SERVICES says so', () => {
    expect(shouldStartDevServices({ dev: true, flag: undefined })).toBe(true)
    expect(shouldStartDevServices({ dev: false, flag: undefined })).toBe(false)
    expect(shouldStartDevServices({ dev: false, flag: 'true' })).toBe(true)
    expect(shouldStartDevServices({ dev: true, flag: 'false' })).toBe(false)
  })
})
