/**
 * Publishing and version history of a site:
 * - POST /api/sites/:id/publish {note?}            snapshot the draft as the next version and publish it
 * - POST /api/sites/:id/restore {versionId, note?} a NEW version from an old snapshot, made the draft and published
 * - GET  /api/sites/:id/versions/compare?a=&b=     structured diff between two versions (a → b)
 * Publishing and restoring need a content role (owner, admin, editor); comparing any role on the site.
 * Another tenant's site is a 404. Listing versions is the site-versions collection (`where[site][equals]=`).
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { readJsonBody } from '../../../src/platform/http/json'
import { diffConfigs } from '../../../src/platform/sites/diffConfigs'
import { publishSite } from '../../../src/platform/sites/publishSite'
import { siteForCaller } from './siteAccess'

const readNote = (value: unknown): string | undefined => {
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value !== 'string' || value.length > 200) throw new APIError('note must be a text of at most 200 characters.', 400)
  return value
}

/** A version of this site, read as the caller; a version of another site is a 404 here. */
const versionOfSite = async (req: PayloadRequest, siteId: number | string, versionId: unknown, name: string) => {
  if (typeof versionId !== 'string' || !versionId) throw new APIError(`Give ${name} (a version id).`, 400)
  const found = await req.payload.find({
    collection: 'site-versions',
    where: { and: [{ id: { equals: versionId } }, { site: { equals: siteId } }] },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  if (!found.docs[0]) throw new APIError(`Version ${name} not found on this site.`, 404)
  return found.docs[0]
}

const summary = ({ id, versionNumber, createdAt, note }: { id: string | number; versionNumber?: number | null; createdAt: string; note?: string | null }) => ({
  id,
  versionNumber,
  createdAt,
  note: note ?? null,
})

export const publishEndpoint: Endpoint = {
  path: '/:id/publish',
  method: 'post',
  handler: async (req) => {
    const site = await siteForCaller(req, 'content')
    const body = req.headers.get('content-type')?.includes('json') ? await readJsonBody(req) : {}
    const { version } = await publishSite({ req, siteId: site.id, config: site.templateConfig, note: readNote(body.note) })
    return Response.json({ version: summary(version), publishedVersion: version.id }, { status: 201 })
  },
}

export const restoreEndpoint: Endpoint = {
  path: '/:id/restore',
  method: 'post',
  handler: async (req) => {
    const site = await siteForCaller(req, 'content')
    const body = await readJsonBody(req)
    const old = await versionOfSite(req, site.id, body.versionId, 'versionId')
    const { version } = await publishSite({
      req,
      siteId: site.id,
      config: old.configSnapshot,
      note: readNote(body.note) ?? `Restored from version ${old.versionNumber}`,
      makeDraft: true,
    })
    return Response.json({ version: summary(version), restoredFrom: summary(old), publishedVersion: version.id }, { status: 201 })
  },
}

export const compareVersionsEndpoint: Endpoint = {
  path: '/:id/versions/compare',
  method: 'get',
  handler: async (req) => {
    const site = await siteForCaller(req, 'read')
    const a = await versionOfSite(req, site.id, req.searchParams.get('a'), 'a')
    const b = await versionOfSite(req, site.id, req.searchParams.get('b'), 'b')
    return Response.json({ a: summary(a), b: summary(b), diff: diffConfigs({ from: a.configSnapshot, to: b.configSnapshot }) })
  },
}
