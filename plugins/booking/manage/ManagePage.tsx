/**
 * The page the booking emails link to (endpoints/manageUrl.ts), served by the
 * platform through the contract's `pages`: the token in the path is the only
 * permission it needs. The booking's language is known once it loads;
 * `?lang=en` picks the first screen's.
 */
import type { PlatformPage } from '@platform'
import { ManageBooking } from './ManageBooking'

export const managePage: PlatformPage = {
  path: '/bookings/:token',
  // The token must not leak to other sites through the Referer header.
  metadata: { title: 'Rezerwacja · Booking', referrer: 'no-referrer', robots: { index: false, follow: false } },
  Component: ({ params, searchParams }) => (
    <main style={{ maxWidth: 720, margin: '3rem auto', padding: '0 1rem', lineHeight: 1.5 }}>
      <ManageBooking token={params.token} initialLocale={searchParams.lang === 'en' ? 'en' : 'pl'} />
    </main>
  ),
}
