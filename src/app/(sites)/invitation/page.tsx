/**
 * The page an invitation email links to; the token in the link is the only permission it needs. It says who
 * invites to which site and with what role, in the invitee's language (the email's `lang`, else the browser's
 * Accept-Language), in the platform's public pages' look; accepting signs in and opens the site's home.
 */
import type { ReactNode } from 'react'

import config from '@payload-config'
import { headers } from 'next/headers'
import { createLocalReq, getPayload } from 'payload'

import { LINK_PROBLEMS, ROLE_HINTS, ROLE_NAMES, type Lang, type Role } from '../../../../collections/team-members/texts'
import { relationId } from '../../../platform/access/ids'
import { checkInvitation } from '../../../platform/auth/invitations'
import { currentTerms } from '../../../platform/auth/terms'
import { headerLocale } from '../../../platform/i18n/requestLocale'
import { InvitationAnswer } from './InvitationAnswer'
import { INVITATION_STYLE, PAGE_TEXTS } from './texts'

export const dynamic = 'force-dynamic'
export const metadata = { title: 'Zaproszenie · Invitation', referrer: 'no-referrer', robots: { index: false, follow: false } }

type Search = { token?: string; decline?: string; lang?: string }

const otherLanguageHref = ({ token, decline, lang }: Search & { lang: Lang }) => {
  const params = new URLSearchParams()
  if (token) params.set('token', token)
  if (decline === '1') params.set('decline', '1')
  params.set('lang', lang === 'pl' ? 'en' : 'pl')
  return `/invitation?${params.toString()}`
}

const Frame = ({ lang, search, children }: { lang: Lang; search: Search; children: ReactNode }) => (
  <main className="invitation" lang={lang}>
    <style dangerouslySetInnerHTML={{ __html: INVITATION_STYLE }} />
    <p className="invitation__lang">
      <a href={otherLanguageHref({ ...search, lang })} lang={lang === 'pl' ? 'en' : 'pl'} hrefLang={lang === 'pl' ? 'en' : 'pl'}>
        {PAGE_TEXTS[lang].otherLanguage}
      </a>
    </p>
    {children}
  </main>
)

export default async function InvitationPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams
  const lang: Lang = search.lang === 'en' || search.lang === 'pl' ? search.lang : (headerLocale((await headers()).get('accept-language')) ?? 'pl')
  const text = PAGE_TEXTS[lang]
  const problem = (message: string) => (
    <Frame lang={lang} search={search}>
      <h1>{text.title}</h1>
      <div className="invitation__card">
        <p role="alert" data-testid="invitation-problem">
          {message}
        </p>
        <p>
          <a href="/admin/login">{text.signIn}</a>
        </p>
      </div>
    </Frame>
  )
  if (!search.token) return problem(text.noToken)

  const payload = await getPayload({ config })
  const req = await createLocalReq({}, payload)
  const checked = await checkInvitation(req, search.token)
  if ('problem' in checked) return problem(LINK_PROBLEMS[checked.problem][lang])
  const { member } = checked
  const [site, account] = await Promise.all([
    payload.findByID({ collection: 'sites', id: relationId(member.site)!, depth: 0, overrideAccess: true, select: { name: true } }), // the token is the invitee's permission; only the site's name is shown
    payload.count({ collection: 'users', where: { email: { equals: member.email } }, overrideAccess: true }), // only whether the invitee has an account (then no terms to accept)
  ])
  const terms = account.totalDocs ? undefined : await currentTerms(req)
  const role = member.permissionRole as Role
  return (
    <Frame lang={lang} search={search}>
      <p className="site">{site.name}</p>
      <h1>{text.title}</h1>
      <div className="invitation__card" data-testid="invitation">
        <p className="invitation__lead">
          {member.invitedByName ? text.invites(member.invitedByName) : text.invited} <strong>{site.name}</strong> ({text.role}:{' '}
          <strong>{ROLE_NAMES[lang][role]}</strong>).
        </p>
        <p className="invitation__hint">{ROLE_HINTS[lang][role]}</p>
        <p className="invitation__email">
          {text.forEmail}: {member.email}
        </p>
        <InvitationAnswer
          token={search.token}
          lang={lang}
          declineFirst={search.decline === '1'}
          terms={terms ? { version: terms.version, contentPl: terms.contentPl, contentEn: terms.contentEn } : null}
        />
      </div>
    </Frame>
  )
}
