import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import type { UploadVerdict } from '../../../src/platform/media/checkUpload'

import { relationId } from '../../../src/platform/access'
import { storageBucket } from '../../../src/platform/media/storage'
import { say } from '../../../src/platform/i18n/requestLocale'
import { t } from '../../../src/platform/i18n/labels'

/**
 * The seed model's fields, derived from what was stored, never from the client:
 * hash, type and size from the bytes (checkUploadedFile), name, path and URL
 * from Payload's stored file, uploader and time from the request.
 */
export const fillAssetFields: CollectionBeforeChangeHook = async ({ req, data, operation, originalDoc, collection }) => {
  const verdict = req.context.mediaUpload as Extract<UploadVerdict, { ok: true }> | undefined
  const next = { ...data }
  if (verdict) {
    const site = relationId(next.site ?? originalDoc?.site)
    if (operation === 'update' && site !== undefined) {
      // Replacing the file with one the site already has would make a duplicate.
      const clash = await req.payload.find({
        collection: 'media-assets',
        where: { and: [{ site: { equals: site } }, { fileHash: { equals: verdict.fileHash } }, { id: { not_equals: originalDoc?.id } }] },
        limit: 1,
        depth: 0,
        overrideAccess: true, // Bookkeeping inside the caller's own (already allowed) write: only whether a twin exists.
        req,
      })
      const twin = clash.docs[0]
      if (twin) {
        const name = twin.fileName || twin.filename || twin.alt
        throw new APIError(
          say(
            req,
            name
              ? t(
                  `This site already has this file ("${name}"): use that one, or delete it first.`,
                  `Ta strona ma już ten plik („${name}”) – użyj go albo najpierw go usuń.`,
                )
              : t('This site already has this file: use that one, or delete it first.', 'Ta strona ma już ten plik – użyj go albo najpierw go usuń.'),
          ),
          409,
        )
      }
    }
    next.fileHash = verdict.fileHash
    next.mediaType = verdict.mediaType
    next.fileSize = verdict.fileSize
    next.storageBucket = storageBucket()
    next.uploadedAt = new Date().toISOString()
    if (req.user) next.uploadedBy = req.user.id
  }
  if (typeof next.filename === 'string') {
    next.fileName = next.filename
    const prefix = typeof next.prefix === 'string' && next.prefix ? `${next.prefix.replace(/\/$/, '')}/` : ''
    next.storagePath = `${prefix}${next.filename}`
    next.fileUrl = `${req.payload.config.routes.api}/${collection.slug}/file/${encodeURIComponent(next.filename)}`
  }
  return next
}
