import type { CollectionBeforeDeleteHook, RelationshipField } from 'payload'

/**
 * Deleting a site deletes what belongs to it: the records of every collection
 * whose `site` relationship is required (plugins' collections included), in the
 * same transaction. Records that only refer to a site (an optional `site`, such
 * as a payment made to it or a notification about it) are kept, with the
 * reference cleared: a financial record or a user's message outlives the site.
 */
export const cascadeDelete: CollectionBeforeDeleteHook = async ({ req, id }) => {
  for (const collection of req.payload.config.collections) {
    const site = collection.fields.find(
      (field): field is RelationshipField => 'name' in field && field.name === 'site' && field.type === 'relationship' && field.relationTo === 'sites',
    )
    if (!site) continue
    // The caller was already allowed to delete the site; what belongs to it goes with it, what refers to it lets go.
    const where = { site: { equals: id } }
    // Tells dependents' hooks (e.g. "component still in use") that the whole site goes.
    const context = { deletingSite: id }
    if (site.required) {
      // The caller may delete the site; its own records go with it, whoever on the site made them.
      await req.payload.delete({ collection: collection.slug as 'clients', where, overrideAccess: true, context, req }) // allowed by the site's delete access
    } else {
      // Only the reference is cleared, by the platform: the record itself (a payment, a notification) is left as it was.
      await req.payload.update({ collection: collection.slug as 'notifications', where, data: { site: null }, overrideAccess: true, context, req }) // only `site` changes
    }
  }
}
