/**
 * The "Wiadomości e-mail" card on the owner's home: how many messages go out in their own wording (each a link
 * to it) and the way to the Emails screen. Messages belong to the owner, not to one site, so the card shows once,
 * beside the owner's first site.
 */
import type { HomeCardsLoader } from '../../src/platform/home/types'
import { polishPlural } from '../../src/platform/i18n/format'
import { sameId } from '../../src/platform/access'
import { loadOwnEmails } from './ownEmails'
import { EMAILS_TEXTS } from './texts'

export const emailsHomeCard: HomeCardsLoader = async ({ req, site, role, lang }) => {
  if (role !== 'owner' || !req.user) return []
  const first = await req.payload.find({
    collection: 'sites',
    where: { owner: { equals: req.user.id } },
    sort: 'id',
    limit: 1,
    depth: 0,
    select: { owner: true },
    overrideAccess: false,
    user: req.user,
    req,
  })
  if (!sameId(first.docs[0]?.id, site.id)) return []
  const text = EMAILS_TEXTS[lang]
  const admin = req.payload.config.routes.admin
  const own = (await loadOwnEmails(req, lang)).flatMap((group) => group.emails).filter((email) => email.ownId !== null)
  const label = lang === 'pl' ? polishPlural(own.length, EMAILS_TEXTS.pl.cardCountLabel) : EMAILS_TEXTS.en.cardCountLabel[own.length === 1 ? 'one' : 'other']
  return [
    {
      key: 'emails',
      title: text.cardTitle,
      ...(own.length ? { count: own.length, countLabel: label } : {}),
      items: own.slice(0, 5).map((email) => ({ text: email.name, link: `${admin}/collections/email-templates/${encodeURIComponent(String(email.ownId))}` })),
      empty: text.cardEmpty,
      links: [{ label: text.cardLink, href: `${admin}/emails` }],
    },
  ]
}
