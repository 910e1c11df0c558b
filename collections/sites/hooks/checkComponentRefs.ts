import type { CollectionBeforeValidateHook } from 'payload'

import { parseRecordId } from '../../../src/platform/access'
import { componentRefs } from '../../../src/platform/components/componentRefs'
import { requestLocale } from '../../../src/platform/i18n/requestLocale'
import { labelConfigPath } from '../../../src/platform/sites/configLabels'
import { configRefusal } from '../../../src/platform/sites/configErrors'
import { sectionLabelOf } from '../../../src/platform/sites/sectionRegistry'

/**
 * A `customComponent` section must name a component of the same site: 400
 * naming the section as the owner sees it ("Start › Własny komponent › Komponent: …") otherwise. A new site
 * has no components yet, so any reference in it is refused.
 */
export const checkComponentRefs: CollectionBeforeValidateHook = async ({ data, req, operation, originalDoc }) => {
  const refs = componentRefs(data?.templateConfig)
  if (!refs.length) return data
  const siteId = operation === 'update' ? originalDoc?.id : undefined
  // A value that is not a storable id (int4 on PostgreSQL, ObjectId on MongoDB) names nothing and must not reach the query.
  const wanted = [...new Set(refs.map((ref) => ref.componentId))].filter((id) => parseRecordId(id) !== undefined)
  const found =
    siteId === undefined || !wanted.length
      ? []
      : (
          await req.payload.find({
            collection: 'custom-react-components',
            where: { and: [{ site: { equals: siteId } }, { id: { in: wanted } }] },
            select: { site: true },
            depth: 0,
            limit: wanted.length,
            pagination: false,
            overrideAccess: true, // Integrity check, not a read for the caller: whoever may edit the site's config may name its components.
            req,
          })
        ).docs
  const known = new Set(found.map((doc) => String(doc.id)))
  const bad = refs.filter((ref) => !known.has(ref.componentId))
  if (!bad.length) return data
  const lang = requestLocale(req)
  const issues = bad.map((ref) => {
    const { label } = labelConfigPath(ref.segments, { config: data?.templateConfig, lang, sectionLabel: sectionLabelOf })
    const problem =
      lang === 'pl' ? `na tej stronie nie ma własnego komponentu nr ${ref.componentId}` : `this site has no custom component no. ${ref.componentId}`
    return { path: ref.path, message: `${label}: ${problem}` }
  })
  throw configRefusal({ req, field: 'templateConfig', issues })
}
