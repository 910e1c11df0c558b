/**
 * POST /api/testimonials/import?site=<id>[&dryRun=true][&approve=false][&locale=en], body: the CSV file as
 * `text/csv` (import/: columns author/autor, rating/ocena, text/treść, date/data; comma or semicolon; at most
 * 512 KB and 1000 testimonials). For the site's owner, admins and editors (401 signed out, 404 a site the caller
 * does not reach, 403 a viewer, host or staff).
 * - `dryRun=true`: 200 `{ rows: [{ row, authorName, rating, content, givenOn, duplicate }], errors: [{ row, column,
 *   message }] }`, nothing stored: the preview.
 * - otherwise all or nothing: any bad row is a 400 listing every problem (each naming its row and column, in the
 *   request's language) and nothing is stored; else every new row becomes a testimonial with source `imported`,
 *   approved unless `approve=false` (they are the owner's own existing reviews), `givenAt` from the date column,
 *   created with the caller's own access in one transaction under the site's import lock. Rows whose author and
 *   text the site already has (or that repeat an earlier row) are skipped and reported: 201
 *   `{ imported, skipped: [{ row, authorName }] }`.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { inTransaction, isStaffUser, jsonError, lockForTransaction, parseRecordId, requestLocale, roleIn, roleOnSite, type ID } from '@platform'
import { SOURCE_CONTEXT } from '../hooks/sourceFromContext'
import { fileProblemMessage, rowErrorMessage } from '../import/messages'
import { dayToTimestamp, warsawToday } from '../import/parseDate'
import { readImport, splitDuplicates } from '../import/readImport'
import { duplicateKey, type ImportRow } from '../import/validateRow'
import { LIMITS, TESTIMONIALS } from '../slugs'
import { ENDPOINT_TEXT, say } from './texts'

const isCsv = (contentType: string | null) => /^\s*text\/csv\s*(?:;|$)/i.test(contentType ?? '')

/** The keys (author and text) of the site's testimonials, read with the caller's own access. */
const existingKeys = async (req: PayloadRequest, siteId: ID): Promise<string[]> => {
  const existing = await req.payload.find({
    collection: TESTIMONIALS,
    where: { site: { equals: siteId } },
    select: { authorName: true, content: true },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return existing.docs.map((doc) => duplicateKey(doc.authorName ?? '', doc.content ?? ''))
}

const preview = (row: ImportRow, duplicate: boolean) => ({ ...row, duplicate })

export const importCsvEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    const user = req.user
    if (!user) return jsonError(say(req, ENDPOINT_TEXT.signIn), 401)
    const siteId = parseRecordId(req.searchParams.get('site'))
    if (siteId === undefined) return jsonError(say(req, ENDPOINT_TEXT.chooseSite), 400)
    const role = await roleOnSite(req, siteId)
    if (!role && !isStaffUser(user)) return jsonError(say(req, ENDPOINT_TEXT.noSite), 404)
    if (!roleIn(role, 'content')) return jsonError(say(req, ENDPOINT_TEXT.forbidden), 403)
    if (!isCsv(req.headers.get('content-type'))) return jsonError(say(req, ENDPOINT_TEXT.sendCsv), 415)
    const locale = req.searchParams.get('locale') ?? 'pl'
    if (locale !== 'pl' && locale !== 'en') return jsonError(say(req, ENDPOINT_TEXT.badLocale), 400)
    const approve = req.searchParams.get('approve') !== 'false'
    const dryRun = req.searchParams.get('dryRun') === 'true'

    const lang = requestLocale(req)
    const bytes = new Uint8Array((await req.arrayBuffer?.()) ?? new ArrayBuffer(0))
    const reading = readImport({ bytes, today: warsawToday(new Date()), limits: LIMITS })
    if ('problem' in reading) return jsonError(fileProblemMessage(reading.problem, lang), reading.problem.code === 'tooLarge' ? 413 : 400)
    const errors = reading.errors.map((error) => ({
      row: error.row,
      column: error.column,
      message: rowErrorMessage(error, reading.labels[error.column], lang),
    }))

    if (dryRun) {
      const { duplicates } = splitDuplicates(reading.rows, await existingKeys(req, siteId))
      const skipped = new Set(duplicates.map((row) => row.row))
      return Response.json({ rows: reading.rows.map((row) => preview(row, skipped.has(row.row))), errors })
    }
    if (errors.length) return Response.json({ errors: [{ message: say(req, ENDPOINT_TEXT.rowsInvalid) }, ...errors] }, { status: 400 })

    try {
      const result = await inTransaction(req, async () => {
        // Two uploads of one file at once: the second waits, then finds the first one's rows and skips them.
        await lockForTransaction(req, `testimonials:import:${siteId}`)
        const { fresh, duplicates } = splitDuplicates(reading.rows, await existingKeys(req, siteId))
        for (const row of fresh)
          await req.payload.create({
            collection: TESTIMONIALS,
            data: {
              site: siteId as number,
              authorName: row.authorName,
              rating: row.rating,
              content: row.content,
              status: approve ? 'approved' : 'pending',
              locale,
              givenAt: row.givenOn ? dayToTimestamp(row.givenOn) : undefined,
              // The field refuses the caller's own write; the context below is what sets it (hooks/sourceFromContext.ts).
              source: 'imported',
            },
            context: { [SOURCE_CONTEXT]: 'imported' },
            depth: 0,
            overrideAccess: false,
            user,
            req,
          })
        return { imported: fresh.length, skipped: duplicates.map((row) => ({ row: row.row, authorName: row.authorName })) }
      })
      return Response.json(result, { status: 201 })
    } catch (error) {
      if (error instanceof APIError && error.status >= 400 && error.status < 500) return jsonError(error.message, error.status)
      throw error
    }
  },
}
