/**
 * The page the booking emails link to (plugins/booking/endpoints/manageUrl.ts):
 * the token in the path is the only permission it needs. The booking's
 * language is known once it loads; `?lang=en` picks the first screen's.
 */
import { ManageBooking } from '../../../../../plugins/booking/manage/ManageBooking'

export const dynamic = 'force-dynamic'
// The token must not leak to other sites through the Referer header.
export const metadata = { title: 'Rezerwacja · Booking', referrer: 'no-referrer', robots: { index: false, follow: false } }

export default async function ManageBookingPage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<{ lang?: string }> }) {
  const { token } = await params
  const { lang } = await searchParams
  return (
    <main style={{ maxWidth: 720, margin: '3rem auto', padding: '0 1rem', lineHeight: 1.5 }}>
      <ManageBooking token={token} initialLocale={lang === 'en' ? 'en' : 'pl'} />
    </main>
  )
}
