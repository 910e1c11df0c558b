/**
 * The plugin's `publicMedia` answer: a picture of a published event on a published site is public (its page and
 * its announcement email show it), like the pictures a published site version shows. Draft and cancelled events'
 * pictures stay for the site's members.
 */
import type { PublicMediaCheck } from '@platform'
import { relationId } from '@platform'
import { BIG_EVENTS } from '../slugs'

export const publishedEventImages: PublicMediaCheck = async ({ req, assetIds }) => {
  const events = await req.payload.find({
    collection: BIG_EVENTS,
    where: { and: [{ image: { in: assetIds } }, { status: { equals: 'published' } }, { 'site.publishedVersion': { exists: true } }] },
    select: { image: true },
    limit: assetIds.length * 5,
    depth: 0,
    overrideAccess: true, // trusted: a visitor's file read; only the ids of pictures that published events show leave here
    req,
  })
  return events.docs.map((event) => relationId(event.image)).filter((id) => id !== undefined)
}
