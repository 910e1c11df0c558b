import type { CollectionBeforeDeleteHook } from 'payload'

import { APIError } from 'payload'

import { relationId, sameId } from '../../../src/platform/access'
import { componentRefs } from '../../../src/platform/components/componentRefs'

/**
 * A component the site's draft or published configuration still shows cannot
 * be deleted: 409 naming where it is used. Deleting the whole site (its cascade
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
  const places = [
    ...componentRefs(site.templateConfig)
      .filter((ref) => ref.componentId === String(id))
      .map((ref) => `draft ${ref.path}`),
    ...componentRefs(published)
      .filter((ref) => ref.componentId === String(id))
      .map((ref) => `published ${ref.path}`),
  ]
  if (!places.length) return
  const onlyDraft = places.every((place) => place.startsWith('draft'))
  throw new APIError(
    `This component is still used by the site (${places.join(', ')}). Remove it from the site configuration${onlyDraft ? '' : ' and publish'} first.`,
    409,
  )
}
