/**
 * Passwordless sign-in and sign-up:
 *   POST /api/users/magic-link {email, locale?}   emails a sign-in link (known account) or a sign-up link (new email)
 *   GET  /api/users/magic-link/verify?token=      opens a link: signs in (303 /admin) or leads to the sign-up page
 *   POST /api/users/magic-link/signup {token, acceptTerms, termsVersion, firstName?, lastName?, locale?}
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { APIError } from 'payload'
import { randomBytes } from 'node:crypto'

import { relationId } from '../../../src/platform/access/ids'
import { clientIp, hashIp } from '../../../src/platform/http/clientIp'
import { readJsonBody } from '../../../src/platform/http/json'
import { tooManyRequests } from '../../../src/platform/http/rateLimit'
import { inTransaction } from '../../../src/platform/db/transaction'
import { parseLocale, linkState } from '../../../src/platform/auth/linkState'
import { parseEmail } from '../../../src/platform/fields/email'
import { checkLinkRequestRate, claimLink, findLink, issueLink, type MagicLinkDoc } from '../../../src/platform/auth/magicLinks'
import { queueMagicLinkEmail } from '../../../src/platform/auth/magicLinkEmail'
import { messagePage, PAGES } from '../../../src/platform/auth/messagePage'
import { readAuthSettings } from '../../../src/platform/auth/settings'
import { startSession } from '../../../src/platform/auth/startSession'
import { currentTerms } from '../../../src/platform/auth/terms'
import { say } from '../../../src/platform/i18n/requestLocale'
import { t } from '../../../src/platform/i18n/labels'

/** The platform's public base URL (PUBLIC_URL), as the config already holds it. */
const publicURL = (req: PayloadRequest) => req.payload.config.serverURL

const SENT = t(
  'If the address can receive email, a link is on its way. It works once, for a limited time.',
  'Jeśli na ten adres można wysłać e-mail, link jest już w drodze. Działa raz i przez ograniczony czas.',
)

const LOCALE_CHOICE = t('Choose the language: Polish or English.', 'Wybierz język: polski albo angielski.')

const preferredLocale = (req: PayloadRequest): 'pl' | 'en' => (/^\s*en/i.test(req.headers.get('accept-language') ?? '') ? 'en' : 'pl')

export const requestMagicLinkEndpoint: Endpoint = {
  path: '/magic-link',
  method: 'post',
  handler: async (req) => {
    const body = await readJsonBody(req)
    const email = parseEmail(body.email)
    if (!email) throw new APIError(say(req, t('Give a valid email address.', 'Podaj poprawny adres e-mail.')), 400)
    if (body.locale !== undefined && !parseLocale(body.locale)) throw new APIError(say(req, LOCALE_CHOICE), 400)
    const settings = readAuthSettings()
    const ipHash = hashIp(req, clientIp(req))
    const rate = await checkLinkRequestRate({ req, email, ipHash })
    if (!rate.allowed) {
      const minutes = Math.ceil(rate.retryAfterSeconds / 60)
      const message =
        rate.scope === 'email'
          ? t(
              `Too many links requested for this address. Try again in ${minutes} min.`,
              `Poproszono o zbyt wiele linków dla tego adresu. Spróbuj ponownie za ${minutes} min.`,
            )
          : t(
              `Too many link requests from your network. Try again in ${minutes} min.`,
              `Z Twojej sieci wysłano zbyt wiele próśb o link. Spróbuj ponownie za ${minutes} min.`,
            )
      return tooManyRequests(say(req, message), rate.retryAfterSeconds)
    }

    // Both branches do the same work (one lookup, one link row, one queued email), so the answer and
    // its timing say nothing about whether the address has an account.
    await inTransaction(req, async () => {
      const found = await req.payload.find({
        collection: 'users',
        where: { email: { equals: email } },
        limit: 1,
        depth: 0,
        overrideAccess: true, // the requester is not signed in; this only picks which email to send
        select: { locale: true, isActive: true },
        req,
      })
      const user = found.docs[0]
      const locale = parseLocale(body.locale) ?? parseLocale(user?.locale) ?? preferredLocale(req)
      const { id } = await issueLink({
        req,
        email,
        actionType: user ? 'login' : 'signup',
        ttlMs: settings.magicLinkTtlMs,
        userId: user?.id,
        ipHash,
      })
      // By id: the email job makes the link (magicLinkEmail.ts), so no working link waits in the job queue.
      await queueMagicLinkEmail(req, { linkId: id, locale })
    })
    return Response.json({ message: say(req, SENT) })
  },
}

const redirect = (location: string, cookie?: string) =>
  new Response(null, {
    status: 303,
    headers: { location, 'cache-control': 'no-store', 'referrer-policy': 'no-referrer', ...(cookie ? { 'set-cookie': cookie } : {}) },
  })

class LinkRefused extends Error {
  constructor(
    readonly page: keyof typeof PAGES,
    readonly status: number,
  ) {
    super(page)
  }
}

const refusal = (state: string) => (state === 'used' ? new LinkRefused('used', 410) : new LinkRefused('expired', 410))

export const verifyMagicLinkEndpoint: Endpoint = {
  path: '/magic-link/verify',
  method: 'get',
  handler: async (req) => {
    const token = req.searchParams.get('token')
    try {
      const link = await findLink({ req, token })
      if (!link) throw new LinkRefused('invalid', 400)
      const state = linkState({ used: link.used, expiresAt: link.expiresAt, now: new Date() })
      if (state !== 'valid') throw refusal(state)
      // Sign-up and invitation links lead to a page that asks for consent; the page's form claims the link.
      if (link.actionType === 'signup') return redirect(`${publicURL(req)}/signup?token=${encodeURIComponent(token!)}`)
      if (link.actionType === 'invitation') return redirect(`${publicURL(req)}/invitation?token=${encodeURIComponent(token!)}`)
      if (link.actionType !== 'login') throw new LinkRefused('invalid', 400)
      const cookie = await inTransaction(req, async () => {
        const claimed = await claimLink({ req, link })
        if (claimed !== 'claimed') throw refusal(claimed)
        const userId = relationId(link.user)
        if (userId === undefined) throw new LinkRefused('invalid', 400)
        try {
          return (await startSession({ req, userId })).cookie
        } catch (error) {
          if (error instanceof APIError && error.status === 403) throw new LinkRefused('inactive', 403)
          throw error
        }
      })
      return redirect(`${publicURL(req)}/admin`, cookie)
    } catch (error) {
      if (error instanceof LinkRefused) return messagePage(PAGES[error.page], error.status)
      req.payload.logger.error({ err: error, msg: 'Opening a magic link failed' })
      return messagePage(
        {
          titlePl: 'Coś poszło nie tak',
          titleEn: 'Something went wrong',
          bodyPl: 'Nie udało się otworzyć linku. Spróbuj ponownie za chwilę.',
          bodyEn: 'The link could not be opened. Please try again in a moment.',
        },
        500,
      )
    }
  },
}

const LINK_USED = t('This link has already been used.', 'Ten link został już użyty.')
const LINK_EXPIRED = t('This link has expired; ask for a new one.', 'Ten link wygasł – poproś o nowy.')

/** Checks a sign-up or invitation link for a form that is about to use it (JSON answers, for the page's script). */
export const usableLink = async (req: PayloadRequest, token: unknown, actionType: MagicLinkDoc['actionType']): Promise<MagicLinkDoc> => {
  const link = await findLink({ req, token })
  if (!link || link.actionType !== actionType) throw new APIError(say(req, t('This link is not valid.', 'Ten link jest nieprawidłowy.')), 400)
  const state = linkState({ used: link.used, expiresAt: link.expiresAt, now: new Date() })
  if (state === 'used') throw new APIError(say(req, LINK_USED), 410)
  if (state === 'expired') throw new APIError(say(req, LINK_EXPIRED), 410)
  return link
}

/** A password nobody knows: accounts made by links sign in by links (or set a password via "forgot password"). */
export const unusablePassword = () => randomBytes(32).toString('base64url')

const NAME_FIELDS = { firstName: t('The first name', 'Imię'), lastName: t('The last name', 'Nazwisko') }

const optionalName = (req: PayloadRequest, value: unknown, field: keyof typeof NAME_FIELDS): string | undefined => {
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value !== 'string' || value.length > 100) {
    const { en, pl } = NAME_FIELDS[field]
    throw new APIError(say(req, t(`${en} may have at most 100 characters.`, `${pl} może mieć najwyżej 100 znaków.`)), 400)
  }
  return value.trim()
}

/** Checks the consent part of a sign-up form against the terms in force; returns their id. */
export const requireTermsAcceptance = async (req: PayloadRequest, body: Record<string, unknown>) => {
  if (body.acceptTerms !== true)
    throw new APIError(say(req, t('Accept the terms of service to create an account.', 'Aby założyć konto, zaakceptuj regulamin.')), 400)
  if (typeof body.termsVersion !== 'string')
    throw new APIError(say(req, t('Say which version of the terms you accept.', 'Wskaż, którą wersję regulaminu akceptujesz.')), 400)
  const terms = await currentTerms(req)
  if (!terms)
    throw new APIError(
      say(req, t('No terms of service are in force yet; sign-up is closed.', 'Nie obowiązuje jeszcze żaden regulamin – rejestracja jest zamknięta.')),
      409,
    )
  if (terms.version !== body.termsVersion) {
    throw new APIError(
      say(
        req,
        t(
          `The terms of service changed; read and accept version ${terms.version}.`,
          `Regulamin się zmienił – przeczytaj i zaakceptuj wersję ${terms.version}.`,
        ),
      ),
      409,
    )
  }
  return terms
}

export const readProfile = (req: PayloadRequest, body: Record<string, unknown>) => {
  if (body.locale !== undefined && !parseLocale(body.locale)) throw new APIError(say(req, LOCALE_CHOICE), 400)
  return {
    firstName: optionalName(req, body.firstName, 'firstName'),
    lastName: optionalName(req, body.lastName, 'lastName'),
    locale: parseLocale(body.locale),
  }
}

export const completeSignupEndpoint: Endpoint = {
  path: '/magic-link/signup',
  method: 'post',
  handler: async (req) => {
    const body = await readJsonBody(req)
    const profile = readProfile(req, body)
    const link = await usableLink(req, body.token, 'signup')
    const terms = await requireTermsAcceptance(req, body)
    const { cookie, user } = await inTransaction(req, async () => {
      const claimed = await claimLink({ req, link })
      if (claimed !== 'claimed') throw new APIError(say(req, claimed === 'used' ? LINK_USED : LINK_EXPIRED), 410)
      const existing = await req.payload.count({ collection: 'users', where: { email: { equals: link.email } }, overrideAccess: true, req }) // The signer-up is not signed in yet; this only checks whether the address already has an account.
      if (existing.totalDocs)
        throw new APIError(
          say(
            req,
            t('An account with this email exists already; ask for a sign-in link.', 'Konto z tym adresem e-mail już istnieje – poproś o link do logowania.'),
          ),
          409,
        )
      // Sign-up is how accounts come to be; the API's create is staff-only, so this trusted write
      // happens only after the emailed token proved the address and the terms were accepted.
      const created = await req.payload.create({
        collection: 'users',
        data: {
          email: link.email,
          password: unusablePassword(),
          firstName: profile.firstName,
          lastName: profile.lastName,
          locale: profile.locale ?? 'pl',
          termsAgreement: terms.id,
        },
        overrideAccess: true, // trusted: the new account the sign-up link makes (the link was checked)
        req,
      })
      await req.payload.update({ collection: 'magic-links', id: link.id, data: { user: created.id }, overrideAccess: true, req }) // Magic links are written only by the platform's own flows.
      return startSession({ req, userId: created.id })
    })
    return Response.json({ user: { id: user.id, email: user.email }, redirect: '/admin' }, { headers: { 'set-cookie': cookie } })
  },
}
