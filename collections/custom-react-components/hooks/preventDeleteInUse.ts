import type { CollectionBeforeDeleteHook } from 'payload'

import { APIError } from 'payload'

import { relationId, sameId } from '../../../src/platform/access'
import { componentRefs } from '../../../src/platform/components/componentRefs'
import { t } from '../../../src/platform/i18n/labels'
import { requestLocale, say } from '../../../src/platform/i18n/requestLocale'
import { labelConfigPath } from '../../../src/platform/sites/configLabels'
import { sectionLabelOf } from '../../../src/platform/sites/sectionRegistry'

/**
 * A component the site's draft or published configuration still shows cannot
 * be deleted: 409 naming where it is used, as the owner sees it ("Start › Własny komponent (wersja robocza)"). Deleting the whole site (its cascade
 * passes `context.deletingSite`) takes its components with it.
 */
export const preventDeleteInUse: CollectionBeforeDeleteHook = async ({ req, id, context }) => {
  const component = await req.payload.findByID({
    collection: 'custom-react-components',
    id,
    depth: 0,
    overrideAccess: true, // Platform bookkeeping: the caller may delete the component (access said so) and must learn why not.
    disableErrors: true,
    req,
    select: { site: true },
  })
  const siteId = relationId(component?.site)
  if (siteId === undefined) return
  if (context?.deletingSite !== undefined && sameId(context.deletingSite, siteId)) return
  const site = await req.payload.findByID({
    collection: 'sites',
    id: siteId,
    depth: 0,
    overrideAccess: true, // Same reason: the site's draft and published configuration decide whether the delete may go on.
    disableErrors: true,
    req,
    select: { templateConfig: true, publishedVersion: true },
  })
  if (!site) return
  const versionId = relationId(site.publishedVersion)
  const version =
    versionId === undefined
      ? null
      : await req.payload.findByID({
          collection: 'site-versions',
          id: versionId,
          depth: 0,
          overrideAccess: true, // Same reason: only the published snapshot is read, to say whether it shows the component.
          disableErrors: true,
          req,
          select: { configSnapshot: true },
        })
  const published = version?.configSnapshot
  const lang = requestLocale(req)
  // Each place as the owner sees it ("Start › Własny komponent"), not as a config path.
  const placesIn = (config: unknown, state: { en: string; pl: string }) =>
    componentRefs(config)
      .filter((ref) => ref.componentId === String(id))
      .map((ref) => `${labelConfigPath(ref.segments.slice(0, 4), { config, lang, sectionLabel: sectionLabelOf }).label} (${state[lang]})`)
  const drafts = placesIn(site.templateConfig, t('draft', 'wersja robocza'))
  const live = placesIn(published, t('published', 'wersja opublikowana'))
  if (!drafts.length && !live.length) return
  const places = [...drafts, ...live].join(', ')
  throw new APIError(
    say(
      req,
      live.length
        ? t(
            `This component is still shown on the site: ${places}. Remove it in the site editor and publish the site, then delete the component.`,
            `Ten komponent jest jeszcze używany na stronie: ${places}. Usuń go w edytorze strony i opublikuj stronę, a potem usuń komponent.`,
          )
        : t(
            `This component is still used in the site's draft: ${places}. Remove it in the site editor, then delete the component.`,
            `Ten komponent jest jeszcze używany w wersji roboczej strony: ${places}. Usuń go w edytorze strony, a potem usuń komponent.`,
          ),
    ),
    409,
  )
}
