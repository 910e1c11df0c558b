/** scripts/worker.ts plus the test's job probe (every machine loads the same plugins). */
import { exitOnSignals, forceExitAfterMs, startPlatform } from '../../src/platform/lifecycle'
import { jobProbePlugin } from './jobProbe'

const platform = await startPlatform({ processJobs: true, extraPlugins: [jobProbePlugin] })
platform.payload.logger.info('Jobs worker running')
exitOnSignals(platform.stop, { forceAfterMs: forceExitAfterMs(platform.env) })
