/**
 * POST /api/email-templates/customize {slug}: the owner's own copy of a default message, to edit ("Dostosuj" on
 * the Emails screen). Only the owner of a site may call it, and only for a message sent on behalf of their sites
 * (`customizableEmails`). Idempotent: a second call, or parallel clicks, answer with the same copy (a lock per
 * owner and slug; the database's unique key stays the last guard). 201 with `{ id, created: true }` when made,
 * 200 with `created: false` when it was there already.
 */
import type { Endpoint } from 'payload'

import { getSiteRoles, isStaffUser } from '../../../src/platform/access'
import { lockForTransaction } from '../../../src/platform/db/lock'
import { inTransaction } from '../../../src/platform/db/transaction'
import { findCustomizableEmail } from '../../../src/platform/email/customizableEmails'
import { jsonError, readJsonBody } from '../../../src/platform/http/json'
import { t } from '../../../src/platform/i18n/labels'
import { requestLocale, say } from '../../../src/platform/i18n/requestLocale'

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/
const NO_SUCH = t('There is no such email to customise.', 'Nie ma takiej wiadomości do dostosowania.')

export const customizeTemplateEndpoint: Endpoint = {
  path: '/customize',
  method: 'post',
  handler: async (req) => {
    const user = req.user
    if (!user) return jsonError(say(req, t('Sign in to customise emails.', 'Zaloguj się, aby dostosować wiadomości e-mail.')), 401)
    const ownsSite = !isStaffUser(user) && [...(await getSiteRoles(req)).values()].some(({ role }) => role === 'owner')
    if (!ownsSite)
      return jsonError(
        say(req, t('Only the owner of a site can have their own version of an email.', 'Własną wersję wiadomości może mieć tylko właściciel strony.')),
        403,
      )
    // Not readBody's zod sentence: it would name `slug` as a page's address ("Adres podstrony: …").
    const { slug } = await readJsonBody(req)
    if (slug === undefined || slug === null || slug === '')
      return jsonError(say(req, t('Name the message to customise.', 'Wskaż wiadomość do dostosowania.')), 400)
    if (typeof slug !== 'string' || !SLUG.test(slug)) return jsonError(say(req, NO_SUCH), 400)
    const declared = findCustomizableEmail(req.payload.config, slug)
    if (!declared)
      return jsonError(
        say(req, t('This email is the platform’s own and cannot be customised.', 'Tej wiadomości nie można dostosować: to wiadomość platformy.')),
        404,
      )
    return inTransaction(req, async () => {
      await lockForTransaction(req, `email-templates:own:${user.id}:${slug}`)
      const read = { depth: 0, limit: 1, overrideAccess: false, user, req } as const
      const mine = await req.payload.find({
        collection: 'email-templates',
        where: { and: [{ slug: { equals: slug } }, { owner: { equals: user.id } }, { isDefault: { equals: false } }] },
        ...read,
      })
      if (mine.docs[0]) return Response.json({ id: mine.docs[0].id, created: false }, { status: 200 })
      const base = (
        await req.payload.find({ collection: 'email-templates', where: { and: [{ slug: { equals: slug } }, { isDefault: { equals: true } }] }, ...read })
      ).docs[0]
      if (!base)
        return jsonError(
          say(
            req,
            t(
              'The default of this email is not loaded yet; try again in a minute.',
              'Treść domyślna tej wiadomości nie jest jeszcze wczytana; spróbuj za minutę.',
            ),
          ),
          409,
        )
      const created = await req.payload.create({
        collection: 'email-templates',
        data: {
          name: declared.name[requestLocale(req)],
          slug,
          category: base.category,
          subjectPl: base.subjectPl,
          contentPl: base.contentPl,
          subjectEn: base.subjectEn,
          contentEn: base.contentEn,
        },
        depth: 0,
        overrideAccess: false,
        user,
        req,
      })
      return Response.json({ id: created.id, created: true }, { status: 201 })
    })
  },
}
