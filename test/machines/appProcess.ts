/**
 * One app process of the multi-machine test: the platform with RUN_JOBS=false
 * (jobs are the worker's) and the real Express app on 127.0.0.1, without Next
 * (the API and the public sites do not need it). The environment comes from
 * the test: the shared DATABASE_URL, PAYLOAD_SECRET and PUBLIC_URL. Prints
 * `APP_URL=<url>` when it listens; stops cleanly on SIGTERM.
 */
import type { AddressInfo } from 'node:net'

import { createApp } from '../../src/platform/http/createApp'
import { exitOnSignals, startPlatform } from '../../src/platform/lifecycle'
import { jobProbePlugin } from './jobProbe'

const platform = await startPlatform({ extraPlugins: [jobProbePlugin] })
const app = createApp({ payload: platform.payload, baseURL: platform.env.publicURL })
const server = app.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo
  console.log(`APP_URL=http://127.0.0.1:${port} jobs=${platform.jobs.isProcessing() ? 'here' : 'elsewhere'}`)
})
exitOnSignals(async () => {
  await new Promise<void>((resolve) => {
    server.close(() => resolve())
    server.closeAllConnections()
  })
  await platform.stop()
})
