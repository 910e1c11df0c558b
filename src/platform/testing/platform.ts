/**
 * A real platform for one test file: its own database in the run's embedded
 * PostgreSQL, Payload with the real config, Agenda, and the real Express app
 * listening on 127.0.0.1 (no Next.js: the API does not need it).
 */
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Plugin } from 'payload'

import { randomBytes } from 'node:crypto'
import pg from 'pg'

import { createApp } from '../http/createApp'
import { readEnv } from '../env'
import { startPlatform, type Platform } from '../lifecycle'

/** The Origin a browser on the platform would send; cookie sessions require it (CSRF allow-list). */
export const TEST_PUBLIC_URL = 'http://localhost:3999'

export type TestPlatform = Platform & { baseURL: string; server: Server; close: () => Promise<void> }

/** A new empty database in the run's embedded PostgreSQL; its URL. */
export const createDatabase = async (name: string = `t_${randomBytes(6).toString('hex')}`) => {
  const template = process.env.TEST_PG_URL_TEMPLATE
  if (!template) throw new Error('TEST_PG_URL_TEMPLATE is not set: run the tests through jest (test/setup/globalSetup.ts).')
  const client = new pg.Client({ connectionString: template.replace('__DB__', 'postgres') })
  await client.connect()
  try {
    await client.query(`CREATE DATABASE ${name}`)
  } finally {
    await client.end()
  }
  return template.replace('__DB__', name)
}

export const startTestPlatform = async ({
  processJobs = true,
  databaseURL,
  plugins,
}: {
  processJobs?: boolean
  /** Another database than a fresh one in the run's embedded PostgreSQL (the MongoDB suite). */
  databaseURL?: string
  /** Plugins of the test's own, applied after the platform's (e.g. a `definePlatformPlugin` with a test section). */
  plugins?: Plugin[]
} = {}): Promise<TestPlatform> => {
  const url = databaseURL ?? (await createDatabase(`t_${randomBytes(6).toString('hex')}`))
  process.env.DATABASE_URL = url
  process.env.PAYLOAD_SECRET = 'test-secret-0123456789abcdef0123456789abcdef'
  process.env.PUBLIC_URL = TEST_PUBLIC_URL
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  const platform = await startPlatform({ processJobs, env: { ...readEnv(), jobsPollMs: 200 }, extraPlugins: plugins })
  const app = createApp({ payload: platform.payload, baseURL: TEST_PUBLIC_URL })
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening))
  })
  const { port } = server.address() as AddressInfo
  return {
    ...platform,
    baseURL: `http://127.0.0.1:${port}`,
    server,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      // stop() also waits for the pools' sockets to close, so the worker ends with no open handle.
      await platform.stop()
    },
  }
}
