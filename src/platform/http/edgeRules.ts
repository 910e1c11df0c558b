/**
 * What the HTTP edge refuses before any handler runs, as pure functions:
 * request body limits per route, and text that PostgreSQL cannot store (a NUL
 * byte makes it throw, which surfaced as a 500) or that has no business in a URL.
 */
import { mediaMaxBytes } from '../media/checkUpload'

export const DEFAULT_JSON_BODY_MAX_BYTES = 1024 * 1024

/** `JSON_BODY_MAX_BYTES`, a positive integer; anything else falls back to 1 MB. */
export const jsonBodyMaxBytes = (value: string | undefined = process.env.JSON_BODY_MAX_BYTES): number => {
  const parsed = Number(value)
  return Number.isSafeInteger(parsed) && parsed > 0 ? parsed : DEFAULT_JSON_BODY_MAX_BYTES
}

export const isMultipart = (contentType: string | undefined): boolean => /^\s*multipart\/form-data\s*(?:;|$)/i.test(contentType ?? '')

/** `application/json` or a `+json` type, parameters allowed (`; charset=utf-8`). */
export const isJsonContentType = (contentType: string | null | undefined): boolean => /^\s*application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i.test(contentType ?? '')

/** Multipart to an upload collection: `/api/<upload slug>` or below it. */
export const isUploadRequest = ({
  path,
  contentType,
  uploadPaths,
}: {
  path: string
  contentType: string | undefined
  uploadPaths: readonly string[]
}): boolean => isMultipart(contentType) && uploadPaths.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))

/**
 * The most a request body may have. Multipart to an upload collection
 * (`/api/<upload slug>[/...]`) may carry a file up to the media limit plus the
 * other fields around it; every other body is small (JSON, or the admin's
 * multipart form with its `_payload` field).
 */
export const bodyLimitFor = ({
  path,
  contentType,
  uploadPaths,
  jsonMax = jsonBodyMaxBytes(),
  mediaMax = mediaMaxBytes(),
}: {
  path: string
  contentType: string | undefined
  uploadPaths: readonly string[]
  jsonMax?: number
  mediaMax?: number
}): number => {
  return isUploadRequest({ path, contentType, uploadPaths }) ? mediaMax + jsonMax : jsonMax
}

/** A raw request target (path and query) with a control character in it, as is or percent-encoded (`%00`, `%0A`, `%7F`). */
export const hasControlCharacters = (rawUrl: string): boolean =>
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  /[\u0000-\u001f\u007f]/.test(rawUrl) || /%(?:[01][0-9a-f]|7f)/i.test(rawUrl)

/** Whether any string (or key) in parsed JSON holds a NUL character; walked without recursion (deep nesting cannot overflow the stack). */
export const containsNul = (value: unknown): boolean => {
  const stack: unknown[] = [value]
  while (stack.length) {
    const item = stack.pop()
    if (typeof item === 'string') {
      if (item.includes('\u0000')) return true
    } else if (Array.isArray(item)) {
      stack.push(...item)
    } else if (item && typeof item === 'object') {
      for (const [key, child] of Object.entries(item)) {
        if (key.includes('\u0000')) return true
        stack.push(child)
      }
    }
  }
  return false
}

/**
 * A NUL in a text body that is not JSON (the admin's multipart form: its
 * `_payload` field is JSON text): a raw NUL byte, or the escape `\u0000` that
 * is not itself escaped (`\\u0000` is a backslash and the text "u0000").
 */
export const textContainsNul = (body: Buffer): boolean => {
  if (body.includes(0)) return true
  return /(?:^|[^\\])(?:\\\\)*\\u0000/i.test(body.toString('latin1'))
}

/** What the edge knows of a collection's REST routes: the literal first segments of its endpoints (`login`, `versions`, `file`…). */
export type CollectionRoutes = {
  slug: string
  literals: ReadonlySet<string>
  verifies: boolean
  versioned: boolean
  /** Ids are the database's own, and no endpoint takes another parameter where the id goes (`payload-preferences` has `/:key`). */
  idOnly: boolean
}

const isStorableId = (segment: string) => (/^[1-9]\d{0,9}$/.test(segment) ? Number(segment) <= 2_147_483_647 : /^[0-9a-f]{24}$/i.test(segment))

/**
 * A path of Payload's own REST routes naming a record by an id no record can
 * have (`/api/sites/abc`, `/api/sites/versions/1e999`, an id past int4): the
 * database would throw on it (a 500), so it is a 404 here. Also `/verify/…` of
 * a collection without e-mail verification and `/versions/…` of one without
 * versions, which Payload answers with a 500.
 */
export const namesNoRecord = ({ path, api, collections }: { path: string; api: string; collections: readonly CollectionRoutes[] }): boolean => {
  if (!path.startsWith(`${api}/`)) return false
  let segments: string[]
  try {
    segments = path
      .slice(api.length + 1)
      .split('/')
      .map(decodeURIComponent)
  } catch {
    return true
  }
  const [slug, first, second, ...rest] = segments
  const collection = collections.find((item) => item.slug === slug)
  if (!collection || first === undefined || first === '') return false
  if (!collection.literals.has(first)) return collection.idOnly && !isStorableId(first) && (second === undefined || (second === 'duplicate' && !rest.length))
  if (first === 'verify') return !collection.verifies
  if (first === 'versions' && !collection.versioned) return true
  if ((first === 'versions' || first === 'access') && second !== undefined && !rest.length) return !isStorableId(second)
  return false
}

const PAGING = ['limit', 'page', 'depth']

/** `limit`, `page` and `depth` that are not small whole numbers (Payload passes `limit=1e30` to the database: a 500). */
export const hasBadPaging = (search: URLSearchParams): boolean => PAGING.some((name) => search.getAll(name).some((value) => !/^\d{1,9}$/.test(value)))
