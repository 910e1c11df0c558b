/**
 * Publishing and version history of a site:
 * - POST /api/sites/:id/publish {note?}                     snapshot the draft as the next version and publish it
 * - POST /api/sites/:id/restore {versionId, note?, publish?} an old snapshot back: with `publish: false` only as the
 *                                                            draft (nothing published); otherwise a NEW version, made
 *                                                            the draft and published
 * - GET  /api/sites/:id/versions                            the version list as an owner reads it: who, when, published
 *                                                            or not, and what changed from the version before
 * - GET  /api/sites/:id/versions/compare?a=&b=              the changes between two versions (a → b), labelled, and
 *                                                            the raw structured diff
 * Publishing and restoring need a content role (owner, admin, editor); reading versions any role on the site.
 * Another tenant's site is a 404. Texts are in the caller's language (admin language cookie, Accept-Language).
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { relationId } from '../../../src/platform/access/ids'
import { t } from '../../../src/platform/i18n/labels'
import { requestLocale, say } from '../../../src/platform/i18n/requestLocale'
import { readJsonBody } from '../../../src/platform/http/json'
import { diffConfigs } from '../../../src/platform/sites/diffConfigs'
import { HISTORY_LENGTH, publishSite } from '../../../src/platform/sites/publishSite'
import { sectionLabelOf } from '../../../src/platform/sites/sectionRegistry'
import { summarizeChanges, versionChanges } from '../../../src/platform/sites/versionChanges'
import { siteForCaller } from './siteAccess'

const TEXT = {
  badNote: t('The note is a text of at most 200 characters.', 'Notatka to tekst o długości najwyżej 200 znaków.'),
  giveVersion: t('Choose a version.', 'Wybierz wersję.'),
  noVersion: t('This site has no such version.', 'Ta strona nie ma takiej wersji.'),
  badPublish: t('"publish" is true or false.', 'Pole „publish” musi mieć wartość true albo false.'),
}

const readNote = (req: PayloadRequest, value: unknown): string | undefined => {
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value !== 'string' || value.length > 200) throw new APIError(say(req, TEXT.badNote), 400)
  return value
}

/** A version of this site, read as the caller; a version of another site is a 404 here. */
const versionOfSite = async (req: PayloadRequest, siteId: number | string, versionId: unknown) => {
  if (typeof versionId !== 'string' || !versionId) throw new APIError(say(req, TEXT.giveVersion), 400)
  const found = await req.payload.find({
    collection: 'site-versions',
    where: { and: [{ id: { equals: versionId } }, { site: { equals: siteId } }] },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  if (!found.docs[0]) throw new APIError(say(req, TEXT.noVersion), 404)
  return found.docs[0]
}

type Version = { id: string | number; versionNumber?: number | null; createdAt: string; note?: string | null; restoredFrom?: number | null }

const summary = ({ id, versionNumber, createdAt, note, restoredFrom }: Version) => ({
  id,
  versionNumber,
  createdAt,
  note: note ?? null,
  restoredFrom: restoredFrom ?? null,
})

export const publishEndpoint: Endpoint = {
  path: '/:id/publish',
  method: 'post',
  handler: async (req) => {
    const site = await siteForCaller(req, 'content')
    const body = req.headers.get('content-type')?.includes('json') ? await readJsonBody(req) : {}
    const { version } = await publishSite({ req, siteId: site.id, config: site.templateConfig, note: readNote(req, body.note) })
    return Response.json({ version: summary(version), publishedVersion: version.id }, { status: 201 })
  },
}

export const restoreEndpoint: Endpoint = {
  path: '/:id/restore',
  method: 'post',
  handler: async (req) => {
    const site = await siteForCaller(req, 'content')
    const body = await readJsonBody(req)
    if (body.publish !== undefined && typeof body.publish !== 'boolean') throw new APIError(say(req, TEXT.badPublish), 400)
    const old = await versionOfSite(req, site.id, body.versionId)
    if (body.publish === false) {
      // Only the draft: saved as the caller (access, validation and component checks as any save); the live site is unchanged.
      await req.payload.update({
        collection: 'sites',
        id: site.id,
        data: { templateConfig: old.configSnapshot as Record<string, unknown> },
        overrideAccess: false,
        user: req.user,
        depth: 0,
        req,
      })
      return Response.json({ draft: true, restoredFrom: summary(old) })
    }
    const { version } = await publishSite({
      req,
      siteId: site.id,
      config: old.configSnapshot,
      note: readNote(req, body.note),
      restoredFrom: old.versionNumber ?? undefined,
      makeDraft: true,
    })
    return Response.json({ version: summary(version), restoredFrom: summary(old), publishedVersion: version.id }, { status: 201 })
  },
}

type Author = { id: number | string; firstName?: string | null; lastName?: string | null; email?: string | null }

/** Display names of the versions' authors (people of this site's team, or the owner). */
const authorNames = async (req: PayloadRequest, ids: (number | string)[]): Promise<Map<string, string>> => {
  if (!ids.length) return new Map()
  const found = await req.payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    select: { firstName: true, lastName: true, email: true },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true, // trusted: only the names of who published this site's versions, shown to people who may read the site
    req,
  })
  return new Map(
    (found.docs as Author[]).map((user) => [String(user.id), [user.firstName, user.lastName].filter(Boolean).join(' ') || user.email || ''] as const),
  )
}

export const listVersionsEndpoint: Endpoint = {
  path: '/:id/versions',
  method: 'get',
  handler: async (req) => {
    const site = await siteForCaller(req, 'read')
    const lang = requestLocale(req)
    // One more than shown, so the oldest shown version has the one before it to compare with.
    const found = await req.payload.find({
      collection: 'site-versions',
      where: { site: { equals: site.id } },
      sort: '-versionNumber',
      limit: HISTORY_LENGTH + 1,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    const docs = found.docs
    const names = await authorNames(req, [...new Set(docs.map((doc) => relationId(doc.createdBy)).filter((id) => id !== null && id !== undefined))] as (
      number | string
    )[])
    const publishedId = relationId(site.publishedVersion)
    const versions = docs.slice(0, HISTORY_LENGTH).map((doc, index) => {
      const before = docs[index + 1]
      const author = relationId(doc.createdBy)
      const changes = versionChanges({ from: before?.configSnapshot ?? {}, to: doc.configSnapshot, lang, sectionLabel: sectionLabelOf })
      return {
        ...summary(doc),
        author: author === null || author === undefined ? null : (names.get(String(author)) ?? null),
        published: publishedId !== null && publishedId !== undefined && String(publishedId) === String(doc.id),
        changeCount: changes.length,
        summary: before ? summarizeChanges(changes, lang) : lang === 'pl' ? 'Pierwsza wersja' : 'First version',
      }
    })
    return Response.json({ versions, total: found.totalDocs }, { headers: { 'cache-control': 'private, no-store' } })
  },
}

export const compareVersionsEndpoint: Endpoint = {
  path: '/:id/versions/compare',
  method: 'get',
  handler: async (req) => {
    const site = await siteForCaller(req, 'read')
    const a = await versionOfSite(req, site.id, req.searchParams.get('a'))
    const b = await versionOfSite(req, site.id, req.searchParams.get('b'))
    return Response.json({
      a: summary(a),
      b: summary(b),
      changes: versionChanges({ from: a.configSnapshot, to: b.configSnapshot, lang: requestLocale(req), sectionLabel: sectionLabelOf }),
      diff: diffConfigs({ from: a.configSnapshot, to: b.configSnapshot }),
    })
  },
}
