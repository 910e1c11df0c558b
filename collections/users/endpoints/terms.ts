/**
 * Re-acceptance of the terms of service, for the signed-in caller only:
 *   GET  /api/users/terms-status                 the terms in force and whether the caller must accept them
 *   POST /api/users/accept-terms {termsVersion}  records the caller's acceptance of the version in force
 */
import type { Endpoint } from 'payload'

import { APIError } from 'payload'

import { readJsonBody } from '../../../src/platform/http/json'
import { currentTerms, needsTermsAcceptance } from '../../../src/platform/auth/terms'
import { say } from '../../../src/platform/i18n/requestLocale'
import { t } from '../../../src/platform/i18n/labels'

export const termsStatusEndpoint: Endpoint = {
  path: '/terms-status',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new APIError(say(req, t('Sign in first.', 'Najpierw się zaloguj.')), 401)
    const terms = await currentTerms(req)
    const accepted = (req.user as { termsAgreement?: unknown }).termsAgreement
    return Response.json({
      mustAccept: needsTermsAcceptance(accepted, terms),
      current: terms
        ? { id: terms.id, version: terms.version, effectiveDate: terms.effectiveDate, contentPl: terms.contentPl, contentEn: terms.contentEn }
        : null,
    })
  },
}

export const acceptTermsEndpoint: Endpoint = {
  path: '/accept-terms',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new APIError(say(req, t('Sign in first.', 'Najpierw się zaloguj.')), 401)
    const body = await readJsonBody(req)
    if (typeof body.termsVersion !== 'string') throw new APIError(say(req, t('termsVersion is required.', 'Podaj wersję regulaminu (termsVersion).')), 400)
    const terms = await currentTerms(req)
    if (!terms) throw new APIError(say(req, t('No terms of service are in force.', 'Nie obowiązuje żaden regulamin.')), 409)
    if (terms.version !== body.termsVersion)
      throw new APIError(
        say(
          req,
          t(
            `The terms in force are version ${terms.version}; read and accept that one.`,
            `Obowiązuje regulamin w wersji ${terms.version}; przeczytaj go i zaakceptuj.`,
          ),
        ),
        409,
      )
    // As the caller, on their own account only (users update themselves; termsAgreement is theirs to give).
    await req.payload.update({
      collection: 'users',
      id: req.user.id,
      data: { termsAgreement: terms.id },
      overrideAccess: false,
      user: req.user,
      req,
    })
    return Response.json({ accepted: terms.version })
  },
}
