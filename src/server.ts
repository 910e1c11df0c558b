/**
 * The platform's HTTP server: Express in front of Next.js (admin, public
 * sites) and Payload's API, with Agenda running in the same process unless
 * RUN_JOBS=false leaves jobs to `npm run worker`.
 */
import type { Server } from 'node:http'

import next from 'next'

import { createApp } from './platform/http/createApp'
import { exitOnSignals, forceExitAfterMs, loadConfig, startPlatform } from './platform/lifecycle'
import { usesEmbeddedPostgres } from './platform/db/url'
import { projectRoot, readEnv } from './platform/env'
import { shouldStartDevServices, startDevServices } from './platform/plugins/devServices'
import { seedIfEmpty } from './platform/demo/seedIfEmpty'

const dev = process.env.NODE_ENV !== 'production'

/**
 * The demo goes into an empty database when SEED_DEMO=true, never when
 * SEED_DEMO=false, and otherwise in development and on the embedded
 * PostgreSQL (a fresh clone's `npm run build && npm start` is a local trial).
 * Production on DATABASE_URL seeds only when asked.
 */
const shouldSeedDemo = ({ dev, embedded }: { dev: boolean; embedded: boolean }): boolean => {
  const flag = process.env.SEED_DEMO
  if (flag === 'false') return false
  if (flag === 'true') return true
  return dev || embedded
}

/** Plugins' stand-ins for outside services (e.g. a payment simulator), before anything reads their settings. */
const startPluginDevServices = async (publicURL: string) =>
  shouldStartDevServices({ dev, flag: process.env.DEV_SERVICES }) ? startDevServices(await loadConfig(), { publicURL }) : undefined

const main = async () => {
  const startEnv = readEnv()
  const devServices = await startPluginDevServices(startEnv.publicURL)
  const platform = await startPlatform({ env: startEnv }).catch(async (error) => {
    await devServices?.close()
    throw error
  })
  const { env, payload } = platform
  if (shouldSeedDemo({ dev, embedded: usesEmbeddedPostgres(env) })) {
    const seeded = await seedIfEmpty(payload)
    if (seeded && !dev) {
      payload.logger.warn(
        'Production start on the embedded database: the demo accounts above have a public password. Set SEED_DEMO=false for a real deployment.',
      )
    }
  }

  const nextApp = next({ dev, dir: projectRoot, hostname: 'localhost', port: env.port })
  await nextApp.prepare()
  const handle = nextApp.getRequestHandler()

  const app = createApp({ payload, baseURL: env.publicURL, next: (req, res) => handle(req, res) })
  const server: Server = app.listen(env.port, env.host, () => {
    payload.logger.info(`Platform ready on ${env.publicURL} (admin: ${env.publicURL}/admin, jobs ${platform.jobs.isProcessing() ? 'here' : 'in a worker'})`)
  })

  exitOnSignals(
    async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeIdleConnections()
      })
      await nextApp.close()
      await platform.stop()
      await devServices?.close()
    },
    { forceAfterMs: forceExitAfterMs(env) },
  )
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
