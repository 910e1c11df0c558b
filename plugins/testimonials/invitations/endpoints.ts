/**
 * The invitation's link, `/api/public/testimonials/invitations/:token` (the token is the only credential):
 * - GET: the form, the client's name filled in; 410 when answered or expired, 404 unknown;
 * - POST: the testimonial, from the page's form (`application/x-www-form-urlencoded`: 303 to the thank-you page,
 *   or 400 with the form and its errors again) or as JSON (`201 { status, message }`, 400 `{ errors }`);
 *   409 answered already, 410 expired, 404 unknown, 415 another body type;
 * - GET `…/thanks`: the thank-you page once answered;
 * - GET `…/opt-out`: a confirm button (a link scanner's GET records nothing); POST: records "don't ask me
 *   again" for the site and address, whatever the body (RFC 8058 one-click), and says so.
 * Pages are in the invitation's language (`?lang=` switches), JSON errors in the request's.
 */
import type { PayloadRequest } from 'payload'

import {
  escapeHtml,
  htmlPage,
  inTransaction,
  jsonError,
  lockForTransaction,
  readJsonBody,
  relationId,
  requestLocale,
  visitorEndpoint,
  type HtmlDocument,
} from '@platform'
import { formatDate } from '@platform/format'
import { OPT_OUTS, REQUESTS } from '../slugs'
import { findInvitation, isExpired, pageLocale, siteOf, tokenParam, type Invitation, type SiteInfo } from './invitationRecord'
import { INVITATIONS_PATH } from './links'
import { optOutExists } from './listener'
import { invitationForm, invitationPage, optOutForm, type FormErrors, type FormValues, type PageShell } from './page'
import { PAGE_TEXTS, type PageLocale } from './pageTexts'
import { optOutLockKey } from './send'
import { readSubmission } from './submission'
import { submitInvitedTestimonial } from './submit'

/** Pages link to each other by path: the form posts back to the address it was served from. */
const pathOf = (token: string, rest = '') => `/api${INVITATIONS_PATH}/${token}${rest}`
const withLang = (path: string, locale: PageLocale) => `${path}?lang=${locale}`

const CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

const page = (document: HtmlDocument, status = 200) => htmlPage({ ...document, status, headers: { 'content-security-policy': CSP } })

const invalidPage = (locale: PageLocale) => {
  const text = PAGE_TEXTS[locale]
  return page(invitationPage({ locale, siteName: 'Platforma', title: text.invalidTitle, paragraphs: [text.invalid] }), 404)
}

type Found = { token: string; invitation: Invitation; site: SiteInfo; locale: PageLocale }

/** A page of the invitation's site: in its language, named and coloured as the site. */
const sitePage = ({ site, locale }: Pick<Found, 'site' | 'locale'>, shell: Omit<PageShell, 'locale' | 'siteName' | 'brandColor'>, status = 200) =>
  page(invitationPage({ locale, siteName: site.name, brandColor: site.brandColor, ...shell }), status)

const lookUp = async (req: PayloadRequest): Promise<Found | undefined> => {
  const token = tokenParam(req)
  const invitation = await findInvitation(req, token)
  const site = invitation && (await siteOf(req, invitation))
  return token && invitation && site ? { token, invitation, site, locale: pageLocale(req, invitation) } : undefined
}

const siteLink = (site: SiteInfo, locale: PageLocale) => (site.url ? { href: site.url, label: PAGE_TEXTS[locale].toSite } : undefined)

const closedPage = ({ site, locale, token }: Found, kind: 'used' | 'expired', status: number) => {
  const text = PAGE_TEXTS[locale]
  return sitePage(
    { site, locale },
    {
      title: kind === 'used' ? text.usedTitle : text.expiredTitle,
      paragraphs: [kind === 'used' ? text.used : text.expired],
      bodyHtml: `<p class="small"><a href="${escapeHtml(withLang(pathOf(token, '/opt-out'), locale))}">${escapeHtml(text.optOutLink)}</a></p>\n`,
      link: siteLink(site, locale),
    },
    status,
  )
}

const formPage = (
  { token, invitation, site, locale }: Found,
  { values, errors, status = 200 }: { values: FormValues; errors?: FormErrors; status?: number },
) => {
  const text = PAGE_TEXTS[locale]
  const other: PageLocale = locale === 'pl' ? 'en' : 'pl'
  return sitePage(
    { site, locale },
    {
      title: text.title,
      paragraphs: [
        text.intro({
          title: invitation.sessionTitle ?? '',
          date: invitation.sessionEndedAt ? formatDate(invitation.sessionEndedAt, locale) : '',
          hostName: invitation.hostName || site.name,
        }),
        text.ask,
      ],
      bodyHtml: invitationForm({
        locale,
        action: withLang(pathOf(token), locale),
        siteName: site.name,
        values,
        errors,
        optOutHref: withLang(pathOf(token, '/opt-out'), locale),
      }),
      otherLanguageHref: withLang(pathOf(token), other),
    },
    status,
  )
}

export const invitationPageEndpoint = visitorEndpoint({
  path: `${INVITATIONS_PATH}/:token`,
  method: 'get',
  handler: async (req) => {
    const found = await lookUp(req)
    if (!found) return invalidPage(pageLocale(req))
    if (found.invitation.status === 'completed') return closedPage(found, 'used', 410)
    if (found.invitation.status !== 'sent') return invalidPage(found.locale)
    if (isExpired(found.invitation)) return closedPage(found, 'expired', 410)
    return formPage(found, { values: { name: found.invitation.name ?? '', content: '', consent: false } })
  },
})

const FORM = /^\s*application\/x-www-form-urlencoded\s*(?:;|$)/i
const JSON_TYPE = /^\s*application\/json\s*(?:;|$)/i

export const submitInvitationEndpoint = visitorEndpoint({
  path: `${INVITATIONS_PATH}/:token`,
  method: 'post',
  handler: async (req) => {
    const type = req.headers.get('content-type') ?? ''
    const isForm = FORM.test(type)
    const jsonLocale = requestLocale(req)
    if (!isForm && !JSON_TYPE.test(type)) return jsonError(PAGE_TEXTS[jsonLocale].formOnly, 415)
    const found = await lookUp(req)
    if (!found) return isForm ? invalidPage(pageLocale(req)) : jsonError(PAGE_TEXTS[jsonLocale].invalidTitle, 404)
    const locale = isForm ? found.locale : jsonLocale
    const text = PAGE_TEXTS[locale]
    // A JSON body that is not an object is the platform's 400 (readJsonBody).
    const input = isForm ? Object.fromEntries(new URLSearchParams(await req.text!())) : await readJsonBody(req)
    const read = readSubmission(input, locale)
    if (!read.ok) return isForm ? formPage(found, { values: read.values, errors: read.errors, status: 400 }) : jsonError(Object.values(read.errors)[0]!, 400)
    const outcome = await submitInvitedTestimonial(req, found.invitation.id, { submission: read.submission, locale: found.locale })
    if (outcome.status === 'created') {
      if (!isForm) return Response.json({ status: 'received', message: `${text.thanksTitle} ${text.thanks(found.site.name)}` }, { status: 201 })
      return new Response(null, { status: 303, headers: { location: withLang(pathOf(found.token, '/thanks'), locale), 'cache-control': 'no-store' } })
    }
    if (outcome.status === 'gone') return isForm ? invalidPage(locale) : jsonError(text.invalidTitle, 404)
    if (isForm) return closedPage({ ...found, locale }, outcome.status, outcome.status === 'used' ? 409 : 410)
    return outcome.status === 'used' ? jsonError(`${text.usedTitle}. ${text.used}`, 409) : jsonError(`${text.expiredTitle}. ${text.expired}`, 410)
  },
})

export const thanksPageEndpoint = visitorEndpoint({
  path: `${INVITATIONS_PATH}/:token/thanks`,
  method: 'get',
  handler: async (req) => {
    const found = await lookUp(req)
    if (!found) return invalidPage(pageLocale(req))
    // Not answered yet: the form is where to go.
    if (found.invitation.status !== 'completed')
      return new Response(null, { status: 303, headers: { location: withLang(pathOf(found.token), found.locale), 'cache-control': 'no-store' } })
    const text = PAGE_TEXTS[found.locale]
    return sitePage(found, {
      title: text.thanksTitle,
      paragraphs: [text.thanks(found.site.name)],
      link: siteLink(found.site, found.locale),
    })
  },
})

const optedOutPage = ({ invitation, site, locale }: Found) => {
  const text = PAGE_TEXTS[locale]
  return sitePage(
    { site, locale },
    {
      title: text.optedOutTitle,
      paragraphs: [text.optedOut(invitation.email, site.name), text.otherMail],
      link: siteLink(site, locale),
    },
  )
}

export const optOutPageEndpoint = visitorEndpoint({
  path: `${INVITATIONS_PATH}/:token/opt-out`,
  method: 'get',
  handler: async (req) => {
    const found = await lookUp(req)
    if (!found) return invalidPage(pageLocale(req))
    const { invitation, site, locale, token } = found
    const text = PAGE_TEXTS[locale]
    if (await optOutExists(req, relationId(invitation.site)!, invitation.email)) return optedOutPage(found)
    return sitePage(
      { site, locale },
      {
        title: text.optOutTitle,
        paragraphs: [text.optOutQuestion(invitation.email, site.name)],
        bodyHtml: optOutForm({ locale, action: withLang(pathOf(token, '/opt-out'), locale) }),
        otherLanguageHref: withLang(pathOf(token, '/opt-out'), locale === 'pl' ? 'en' : 'pl'),
      },
    )
  },
})

export const optOutEndpoint = visitorEndpoint({
  path: `${INVITATIONS_PATH}/:token/opt-out`,
  method: 'post',
  handler: async (req) => {
    const found = await lookUp(req)
    if (!found) return invalidPage(pageLocale(req))
    const siteId = relationId(found.invitation.site)!
    const { email } = found.invitation
    await inTransaction(req, async () => {
      // The same lock the sending takes before its last check: an invitation being sent now sees this opt-out.
      await lockForTransaction(req, optOutLockKey(siteId, email))
      if (await optOutExists(req, siteId, email)) return
      await req.payload.create({ collection: OPT_OUTS, data: { site: siteId as number, email }, depth: 0, overrideAccess: true, req }) // trusted: the client's own choice, with the link from their mailbox
      // Invitations not sent yet will not be.
      await req.payload.update({
        collection: REQUESTS,
        where: { and: [{ site: { equals: siteId } }, { email: { equals: email } }, { status: { equals: 'scheduled' } }] },
        data: { status: 'cancelled', cancelReason: 'opted-out' },
        depth: 0,
        overrideAccess: true, // trusted: follows the client's own choice
        req,
      })
    })
    return optedOutPage(found)
  },
})

export const invitationEndpoints = [invitationPageEndpoint, submitInvitationEndpoint, thanksPageEndpoint, optOutPageEndpoint, optOutEndpoint]
