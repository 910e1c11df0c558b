/** The page an invitation email links to; the token in the link is the only permission it needs. */
import { InvitationAnswer } from './InvitationAnswer'

export const dynamic = 'force-dynamic'
export const metadata = { title: 'Zaproszenie · Invitation', referrer: 'no-referrer' }

export default async function InvitationPage({ searchParams }: { searchParams: Promise<{ token?: string; decline?: string }> }) {
  const { token, decline } = await searchParams
  return (
    <main style={{ maxWidth: 720, margin: '3rem auto', padding: '0 1rem' }}>
      <h1>Zaproszenie do zespołu · Team invitation</h1>
      {token ? <InvitationAnswer token={token} declineFirst={decline === '1'} /> : <p>Brak tokenu w linku. / The link has no token.</p>}
    </main>
  )
}
