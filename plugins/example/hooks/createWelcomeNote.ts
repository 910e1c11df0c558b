import type { CollectionAfterChangeHook } from 'payload'

import { EXAMPLE_NOTES } from '../collections/exampleNotes'

/** A hook on a core collection: every new site starts with a welcome note. */
export const createWelcomeNote: CollectionAfterChangeHook = async ({ req, doc, operation }) => {
  if (operation !== 'create') return doc
  // The platform writes this note for the new site; the creator need not hold any role yet in this request.
  await req.payload.create({
    collection: EXAMPLE_NOTES as 'clients',
    data: { site: doc.id, text: `Welcome to ${doc.name}!` } as never,
    overrideAccess: true,
    req,
  })
  return doc
}
