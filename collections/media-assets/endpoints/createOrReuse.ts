import type { Endpoint } from 'payload'

import type { MediaAsset } from '../../../payload-types'

import { getTranslation } from '@payloadcms/translations'
import { addDataAndFileToRequest, APIError, headersWithCors, ValidationError } from 'payload'

import { relationId } from '../../../src/platform/access'
import { checkUpload, mediaMaxBytes } from '../../../src/platform/media/checkUpload'
import { readUploadedFile } from '../hooks/readUploadedFile'
import { say } from '../../../src/platform/i18n/requestLocale'
import { t } from '../../../src/platform/i18n/labels'

/**
 * `POST /api/media-assets` in place of Payload's default create: the same body
 * (multipart `file` + `_payload`), but a file the site already has answers 200
 * with the existing asset instead of storing a duplicate. The unique index on
 * (site, fileHash) settles two simultaneous uploads: the loser answers with the winner.
 */
export const createOrReuse: Endpoint = {
  path: '/',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new APIError(say(req, t('Sign in to upload files.', 'Zaloguj się, aby wysyłać pliki.')), 401)
    try {
      await addDataAndFileToRequest(req)
    } catch (error) {
      // A multipart body the parser refuses (a NUL in a part's header, a cut-off form) is the client's mistake, not a 500.
      if (error instanceof APIError) throw error
      req.payload.logger.info({ msg: 'Unreadable upload body', error: error instanceof Error ? error.message : String(error) })
      throw new APIError(
        say(
          req,
          t(
            'The upload could not be read: send a well-formed multipart/form-data body.',
            'Nie udało się odczytać przesyłanego pliku: wyślij poprawne dane multipart/form-data.',
          ),
        ),
        400,
      )
    }
    const data = await readUploadedFile(req)
    if (!data) throw new APIError(say(req, t('Attach a file to upload.', 'Dołącz plik do wysłania.')), 400)
    const verdict = checkUpload({ data, maxBytes: mediaMaxBytes(), name: req.file?.name })
    if (!verdict.ok) throw new APIError(say(req, verdict.message), verdict.status)
    const site = relationId(req.data?.site)

    const reused = t('This file is already in the library; here is the existing one.', 'Ten plik jest już w bibliotece – oto istniejący plik.')
    const respond = (doc: unknown, status: number, message: string) =>
      Response.json({ doc, message }, { status, headers: headersWithCors({ headers: new Headers(), req }) })
    const findExisting = async () => {
      if (site === undefined) return undefined
      const found = await req.payload.find({
        collection: 'media-assets',
        where: { and: [{ site: { equals: site } }, { fileHash: { equals: verdict.fileHash } }] },
        limit: 1,
        overrideAccess: false,
        user: req.user,
        req,
      })
      return found.docs[0]
    }

    const existing = await findExisting()
    if (existing) return respond(existing, 200, say(req, reused))
    try {
      const doc = await req.payload.create({
        collection: 'media-assets',
        // The client's fields; access, field access and hooks decide what is kept.
        data: (req.data ?? {}) as MediaAsset,
        file: req.file,
        overrideAccess: false,
        user: req.user,
        req,
      })
      return respond(
        doc,
        201,
        req.t('general:successfullyCreated', { label: getTranslation(req.payload.collections['media-assets'].config.labels.singular, req.i18n) }),
      )
    } catch (error) {
      if (error instanceof ValidationError) {
        const twin = await findExisting()
        if (twin) return respond(twin, 200, say(req, reused))
      }
      throw error
    }
  },
}
