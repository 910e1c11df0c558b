import type { CollectionBeforeDeleteHook } from 'payload'

import { APIError } from 'payload'

import { t } from '../../../src/platform/i18n/labels'
import { requestLocale, say } from '../../../src/platform/i18n/requestLocale'

const quoted = (name: string, lang: 'pl' | 'en') => (lang === 'pl' ? `„${name}”` : `"${name}"`)

/**
 * An asset a site still uses cannot be deleted: 409 naming the site and whether its draft or its published
 * version shows the file, and what to do (the asset's own site is the only one that can use it).
 */
export const preventDeleteInUse: CollectionBeforeDeleteHook = async ({ req, id }) => {
  const usages = await req.payload.find({
    collection: 'media-usages',
    where: { asset: { equals: id } },
    depth: 1,
    limit: 20,
    overrideAccess: true, // Platform bookkeeping: the caller may delete the asset, and must learn why not.
    req,
  })
  if (!usages.totalDocs) return
  const lang = requestLocale(req)
  const names = [
    ...new Set(usages.docs.map((usage) => (typeof usage.site === 'object' && usage.site?.name ? quoted(usage.site.name, lang) : undefined)).filter(Boolean)),
  ]
  const sites = names.length ? names.join(', ') : undefined
  const draft = usages.docs.some((usage) => usage.usageType === 'templateConfig')
  const live = usages.docs.some((usage) => usage.usageType === 'publishedVersion')
  const where =
    draft && live
      ? t('in the draft and on the published site', 'w wersji roboczej i w wersji opublikowanej')
      : live
        ? t('on the published site', 'w wersji opublikowanej')
        : t('in the draft', 'w wersji roboczej')
  const onSite = sites ? t(` on the site ${sites}`, ` na stronie ${sites}`) : t('', '')
  const next = live
    ? t('Remove it in the site editor and publish the site, then delete the file.', 'Usuń go w edytorze strony i opublikuj stronę, a potem usuń plik.')
    : t('Remove it in the site editor, then delete the file.', 'Usuń go w edytorze strony, a potem usuń plik.')
  throw new APIError(
    say(req, t(`This file is still used${onSite.en}: ${where.en}. ${next.en}`, `Ten plik jest jeszcze używany${onSite.pl}: ${where.pl}. ${next.pl}`)),
    409,
  )
}
