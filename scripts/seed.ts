/** `npm run seed`: seeds the demo into an empty database (and says so when it is not empty). */
import { startPlatform } from '../src/platform/lifecycle'
import { seedIfEmpty } from '../src/platform/demo/seedIfEmpty'

const platform = await startPlatform({ processJobs: false })
try {
  const seeded = await seedIfEmpty(platform.payload)
  if (!seeded) console.log('The database already has users; nothing seeded.')
} finally {
  await platform.stop()
}
process.exit(0)
