import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import { containsNul } from '../../../src/platform/http/edgeRules'
import { checkUpload, mediaMaxBytes } from '../../../src/platform/media/checkUpload'
import { storedFileName } from '../../../src/platform/media/storedFileName'
import { readUploadedFile } from './readUploadedFile'
import { say } from '../../../src/platform/i18n/requestLocale'
import { t } from '../../../src/platform/i18n/labels'

/**
 * Size and type limits, checked from the bytes before Payload resizes or stores
 * anything, so a refused upload changes nothing (413 over `MEDIA_MAX_BYTES`,
 * 400 for a type we do not accept). The verdict (hash, type) is kept on the
 * request for the beforeChange hook. The file is renamed so that no name it or
 * its variants get can be another asset's (storedFileName.ts).
 */
export const checkUploadedFile: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  // The multipart `_payload` field of an upload is streamed past the edge's NUL check (src/platform/http/apiBody.ts).
  if (containsNul(args.data)) throw new APIError(say(args.req, t('Text may not contain NUL characters.', 'Tekst nie może zawierać znaków NUL.')), 400)
  const data = await readUploadedFile(req)
  if (!data) {
    if (operation === 'create') throw new APIError(say(args.req, t('Attach a file to upload.', 'Dołącz plik do wysłania.')), 400)
    return args
  }
  const verdict = checkUpload({ data, maxBytes: mediaMaxBytes(), name: req.file?.name })
  if (!verdict.ok) throw new APIError(say(args.req, verdict.message), verdict.status)
  // Payload trusts the browser's type; ours comes from the bytes.
  if (req.file) {
    req.file.mimetype = verdict.mediaType
    req.file.name = storedFileName(req.file.name)
  }
  req.context.mediaUpload = verdict
  return args
}
