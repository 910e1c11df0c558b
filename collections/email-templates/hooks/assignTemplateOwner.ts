import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import { isStaffUser, relationId } from '../../../src/platform/access'
import { isCustomizableEmail } from '../../../src/platform/email/customizableEmails'
import { say } from '../../../src/platform/i18n/requestLocale'
import { t } from '../../../src/platform/i18n/labels'

/** The key the database keeps unique: one default per slug, one version per owner and slug. */
export const templateKey = ({ slug, isDefault, owner }: { slug: string; isDefault?: boolean | null; owner?: unknown }): string =>
  isDefault ? `default:${slug}` : `owner:${String(relationId(owner))}:${slug}`

/**
 * Staff save defaults (no owner); anyone else saves their own version of an
 * existing default (same slug, owner = themselves). Trusted calls without a
 * user (the startup sync, seeds) set the fields themselves.
 */
export const assignTemplateOwner: CollectionBeforeChangeHook = async ({ req, data, originalDoc, operation }) => {
  const slug = String(data.slug ?? originalDoc?.slug ?? '')
  if (req.user) {
    if (isStaffUser(req.user)) {
      data.isDefault = true
      data.owner = null
    } else {
      data.isDefault = false
      data.owner = req.user.id
      // Only messages sent on behalf of the owner's sites use an owner's version (renderEmail); others are refused.
      if (!isCustomizableEmail(req.payload.config, slug))
        throw new APIError(
          say(
            req,
            t(
              'This email is the platform’s own (sign-in, account or plan) and cannot have your own version.',
              'Tej wiadomości nie można dostosować: to wiadomość platformy (logowanie, konto lub plan).',
            ),
          ),
          400,
        )
      const base = await req.payload.find({
        collection: 'email-templates',
        where: { and: [{ slug: { equals: slug } }, { isDefault: { equals: true } }] },
        limit: 1,
        depth: 0,
        overrideAccess: true, // Whether a default exists is not a secret (owners read defaults), and this is a check, not a read for the user.
        req,
      })
      if (!base.docs.length)
        throw new APIError(
          say(
            req,
            t(
              'There is no default of this message to make your own version of.',
              'Nie ma domyślnej treści tej wiadomości, na której można oprzeć własną wersję.',
            ),
          ),
          400,
        )
    }
  }
  if (!(data.subjectPl && data.contentPl) && !(data.subjectEn && data.contentEn)) {
    const merged = { ...originalDoc, ...data }
    if (!(merged.subjectPl && merged.contentPl) && !(merged.subjectEn && merged.contentEn)) {
      throw new APIError(
        say(req, t('Give the template a subject and content in at least one language.', 'Podaj temat i treść szablonu w co najmniej jednym języku.')),
        400,
      )
    }
  }
  data.uniqueKey = templateKey({ slug, isDefault: data.isDefault ?? originalDoc?.isDefault, owner: data.owner ?? originalDoc?.owner })
  const clash = await req.payload.find({
    collection: 'email-templates',
    where: { and: [{ uniqueKey: { equals: data.uniqueKey } }, ...(operation === 'update' && originalDoc ? [{ id: { not_equals: originalDoc.id } }] : [])] },
    limit: 1,
    depth: 0,
    overrideAccess: true, // A uniqueness check across the collection, not a read for the caller.
    req,
  })
  if (clash.docs.length) {
    throw new APIError(
      say(
        req,
        data.isDefault
          ? t(`A default template "${slug}" already exists.`, `Domyślny szablon „${slug}” już istnieje.`)
          : t('You already have your own version of this message; edit that one.', 'Masz już własną wersję tej wiadomości; edytuj tamtą.'),
      ),
      409,
    )
  }
  return data
}
