/**
 * Runs the fake OVH standalone (`npm run ovh:fake`); `npm run dev` starts it by itself when no OVH keys are set.
 * OVH_FAKE_PORT (default 8053); orders move one step every OVH_FAKE_STEP_MS (default 3000). Prints the env to use.
 */
import { DEV_OVH_KEYS } from './defaults'
import { startFakeOvh } from './server'

const env = process.env
const fake = await startFakeOvh({ port: Number(env.OVH_FAKE_PORT ?? 8053), orderPace: { everyMs: Number(env.OVH_FAKE_STEP_MS ?? 3000) } })
console.log(`Fake OVH on ${fake.url}. Use:
OVH_ENDPOINT=${fake.endpoint}
OVH_APPLICATION_KEY=${DEV_OVH_KEYS.applicationKey}
OVH_APPLICATION_SECRET=${DEV_OVH_KEYS.applicationSecret}
OVH_CONSUMER_KEY=${DEV_OVH_KEYS.consumerKey}`)

const stop = () => void fake.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
