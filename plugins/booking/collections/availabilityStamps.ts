import { siteScopedCollection, t, labels } from '@platform'
import { AVAILABILITY_STAMPS, GROUP } from '../slugs'

const nobody = () => false

/**
 * One row per site: a random stamp replaced, in the same transaction, by every
 * change that can change the site's free times (events, bookings,
 * availability, services, settings; hooks/bumpAvailability.ts). Each app
 * process compares it with the stamp its cached availability was read under
 * (endpoints/availabilityCache.ts), so a change made by any process is seen by
 * all at their next request. Bookkeeping only: nobody reads or writes it
 * through the API.
 */
export const AvailabilityStamps = siteScopedCollection({
  slug: AVAILABILITY_STAMPS,
  labels: labels(t('Availability stamp', 'Znacznik dostępności'), t('Availability stamps', 'Znaczniki dostępności')),
  admin: { hidden: true, group: GROUP },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  tenancy: { write: 'manage', siteField: { unique: true } },
  fields: [{ name: 'stamp', type: 'text', required: true, label: t('Stamp', 'Znacznik') }],
})
