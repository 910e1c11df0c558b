import type { CollectionBeforeDeleteHook, RelationshipField } from 'payload'

/**
 * Deleting a site deletes what belongs to it in every collection that has a
 * `site` relationship, plugins' collections included, in the same transaction.
 */
export const cascadeDelete: CollectionBeforeDeleteHook = async ({ req, id }) => {
  const dependents = req.payload.config.collections.filter((collection) =>
    collection.fields.some(
      (field) => 'name' in field && field.name === 'site' && field.type === 'relationship' && (field as RelationshipField).relationTo === 'sites',
    ),
  )
  for (const collection of dependents) {
    // The caller was already allowed to delete the site; what belongs to it goes with it.
    await req.payload.delete({
      collection: collection.slug as 'clients',
      where: { site: { equals: id } },
      overrideAccess: true,
      // Tells dependents' delete guards (e.g. "component still in use") that the whole site goes.
      context: { deletingSite: id },
      req,
    })
  }
}
