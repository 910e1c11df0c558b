/**
 * scripts/worker.ts plus the test-only slow job: the same startPlatform and
 * exitOnSignals, so a test can send it a real SIGTERM mid-job.
 */
import { exitOnSignals, forceExitAfterMs, startPlatform } from '../../src/platform/lifecycle'
import { slowJobPlugin } from './slowJob'

const platform = await startPlatform({ processJobs: true, extraPlugins: [slowJobPlugin] })
platform.payload.logger.info('Jobs worker running')
exitOnSignals(platform.stop, { forceAfterMs: forceExitAfterMs(platform.env) })
