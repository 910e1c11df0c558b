import type { Payload } from 'payload'

import { demoOwners, DEMO_PASSWORD, demoStaff, demoTeamMember } from './demoData'
import { seed } from './seed'

/** Seeds once: only a database without users gets the demo. */
export const seedIfEmpty = async (payload: Payload): Promise<boolean> => {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true }) // Seeding decides on the whole table, not on what any user may see.
  if (totalDocs > 0) return false
  await seed(payload)
  const accounts = [demoStaff.email, ...demoOwners.map((owner) => owner.user.email), demoTeamMember.user.email]
  payload.logger.info(`Demo data seeded. Sign in at /admin as ${accounts.join(', ')} with password "${DEMO_PASSWORD}".`)
  return true
}
