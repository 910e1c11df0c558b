/**
 * `npm run worker`: runs Agenda jobs without serving HTTP. Run app processes
 * with RUN_JOBS=false and one or more workers; Agenda's locks make sure no job
 * runs twice.
 */
import { exitOnSignals, forceExitAfterMs, startPlatform } from '../src/platform/lifecycle'

const platform = await startPlatform({ processJobs: true })
platform.payload.logger.info('Jobs worker running')
exitOnSignals(platform.stop, { forceAfterMs: forceExitAfterMs(platform.env) })
