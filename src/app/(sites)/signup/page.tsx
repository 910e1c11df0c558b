/** Sign-up page a sign-up link leads to: the terms in force (PL/EN) must be accepted to create the account. */
import config from '@payload-config'
import { createLocalReq, getPayload } from 'payload'

import { linkState } from '../../../platform/auth/linkState'
import { findLink } from '../../../platform/auth/magicLinks'
import { currentTerms } from '../../../platform/auth/terms'
import { SignupForm } from './SignupForm'

export const dynamic = 'force-dynamic'
export const metadata = { title: 'Załóż konto · Create your account', referrer: 'no-referrer' }

const Message = ({ pl, en }: { pl: string; en: string }) => (
  <main style={{ maxWidth: 640, margin: '4rem auto', padding: '0 1rem' }}>
    <h1 lang="pl">{pl}</h1>
    <p lang="en">{en}</p>
    <p>
      <a href="/admin/login">Poproś o nowy link / Ask for a new link</a>
    </p>
  </main>
)

export default async function SignupPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams
  const payload = await getPayload({ config })
  const req = await createLocalReq({}, payload)
  const link = await findLink({ req, token })
  if (!link || link.actionType !== 'signup') return <Message pl="Ten link jest nieprawidłowy." en="This link is not valid." />
  const state = linkState({ used: link.used, expiresAt: link.expiresAt, now: new Date() })
  if (state === 'used') return <Message pl="Ten link został już użyty." en="This link has already been used." />
  if (state === 'expired') return <Message pl="Ten link wygasł." en="This link has expired." />
  const terms = await currentTerms(req)
  if (!terms) return <Message pl="Rejestracja jest chwilowo niedostępna." en="Sign-up is not open yet (no terms of service published)." />
  return (
    <main style={{ maxWidth: 720, margin: '3rem auto', padding: '0 1rem' }}>
      <h1>Załóż konto · Create your account</h1>
      <p>{link.email}</p>
      <SignupForm token={token!} terms={{ version: terms.version, contentPl: terms.contentPl, contentEn: terms.contentEn }} />
    </main>
  )
}
