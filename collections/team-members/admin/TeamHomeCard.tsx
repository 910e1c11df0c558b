/**
 * The site's team on the owner's home (server component, for the owner and site admins): how many are on the
 * team and how many invitations wait, a link to the team list and the invite dialog for this site.
 */
import type { PayloadRequest } from 'payload'

import React from 'react'

import { polishPlural } from '../../../src/platform/i18n/format'
import type { Lang } from '../texts'
import { InviteDialog } from './InviteDialog'

const TEXTS = {
  pl: {
    title: 'Zespół',
    members: (count: number) => `${count} ${polishPlural(count, { one: 'osoba w zespole', few: 'osoby w zespole', many: 'osób w zespole' })}`,
    pending: (count: number) =>
      `${count} ${polishPlural(count, { one: 'zaproszenie czeka', few: 'zaproszenia czekają', many: 'zaproszeń czeka' })} na odpowiedź`,
    list: 'Zobacz zespół',
  },
  en: {
    title: 'Team',
    members: (count: number) => `${count} ${count === 1 ? 'person' : 'people'} on the team`,
    pending: (count: number) => `${count} ${count === 1 ? 'invitation waits' : 'invitations wait'} for an answer`,
    list: 'See the team',
  },
}

export async function TeamHomeCard({ req, site, lang }: { req: PayloadRequest; site: { id: number | string; name: string }; lang: Lang }) {
  const count = async (status: 'accepted' | 'pending') =>
    (
      await req.payload.count({
        collection: 'team-members',
        where: { and: [{ site: { equals: site.id } }, { invitationStatus: { equals: status } }] },
        overrideAccess: false,
        req,
      })
    ).totalDocs
  const [members, pending] = await Promise.all([count('accepted'), count('pending')])
  const text = TEXTS[lang]
  const headingId = `home-team-${site.id}`
  return (
    <article className="platform-home__card" data-home-card="team:members" aria-labelledby={headingId}>
      <h3 id={headingId}>{text.title}</h3>
      <p className="platform-home__count">{text.members(members)}</p>
      {pending ? <p className="platform-home__detail">{text.pending(pending)}</p> : null}
      <div className="platform-home__card-links">
        <InviteDialog sites={[{ id: site.id, name: site.name }]} />
        <a
          className="btn btn--style-secondary btn--size-small"
          href={`/admin/collections/team-members?where[site][equals]=${encodeURIComponent(String(site.id))}`}
        >
          <span className="btn__content">
            <span className="btn__label">{text.list}</span>
          </span>
        </a>
      </div>
    </article>
  )
}
