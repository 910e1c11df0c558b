/**
 * The edge of `/api`: the request body as Payload's handlers get it, after
 * the checks no handler should have to repeat.
 * - A body over its route's limit (edgeRules.ts) gets 413 without the rest
 *   being read: the declared Content-Length first, then the bytes as they arrive.
 * - Small bodies (everything but uploads) are read here whole, so nothing is
 *   left unread on the connection when a handler answers without reading it
 *   (keep-alive then goes on working), and they are checked once: a JSON body
 *   must parse, and no body may carry a NUL (PostgreSQL refuses it with a 500).
 * - Uploads are streamed to Payload under the limit; the file's own checks are
 *   collections/media-assets/hooks/checkUploadedFile.ts.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

import { headerLocale } from '../i18n/requestLocale'
import { bodyLimitFor, containsNul, isJsonContentType, isUploadRequest, textContainsNul } from './edgeRules'
import { BodyTooLarge, declaredLength, hasBody, limitedStream, readBody, sendError, sendTooLarge } from './requestBody'

export type ApiBody = {
  /** For the Fetch Request Payload gets; `undefined` without a body. */
  body?: Buffer | ReadableStream<Uint8Array>
  /** Call before the response is written (see requestBody.ts `settleUnread`). */
  beforeRespond: (res: ServerResponse) => void
}

const nothingToSettle = () => {}

const NUL_MESSAGE = 'Text may not contain NUL characters.'

/** A body sent as JSON that does not parse: named as the `body` field, in the language the request asks for (Polish otherwise). */
const MALFORMED_JSON = { pl: 'Nie udało się odczytać danych: treść nie jest poprawnym JSON-em.', en: 'Send a valid JSON body.' } as const

/** The checked body, or `undefined` once the edge has answered (413, 400) or the client went away. */
export const readApiBody = async (
  req: IncomingMessage,
  res: ServerResponse,
  { uploadPaths }: { uploadPaths: readonly string[] },
): Promise<ApiBody | undefined> => {
  if (!hasBody(req)) return { beforeRespond: nothingToSettle }
  const contentType = req.headers['content-type']
  const path = (req.url ?? '/').split('?')[0]
  const limit = bodyLimitFor({ path, contentType, uploadPaths })
  const declared = declaredLength(req)
  if (declared !== undefined && declared > limit) {
    sendTooLarge(res, limit)
    return undefined
  }

  if (isUploadRequest({ path, contentType, uploadPaths })) {
    const { stream, settleUnread } = limitedStream(req, limit, () => sendTooLarge(res, limit))
    return { body: stream, beforeRespond: settleUnread }
  }

  let body: Buffer
  try {
    body = await readBody(req, limit)
  } catch (error) {
    if (error instanceof BodyTooLarge) sendTooLarge(res, limit)
    else req.socket.destroy()
    return undefined
  }
  if (body.length > 0 && isJsonContentType(contentType)) {
    let parsed: unknown
    try {
      parsed = JSON.parse(body.toString('utf8'))
    } catch {
      sendError(res, 400, MALFORMED_JSON[headerLocale(req.headers['accept-language']) ?? 'pl'], { field: 'body' })
      return undefined
    }
    if (containsNul(parsed)) {
      sendError(res, 400, NUL_MESSAGE)
      return undefined
    }
  } else if (textContainsNul(body)) {
    // Text, form and multipart bodies: a raw NUL, or a JSON escape of one (the admin's multipart `_payload` field is JSON).
    sendError(res, 400, NUL_MESSAGE)
    return undefined
  }
  return { body, beforeRespond: nothingToSettle }
}
