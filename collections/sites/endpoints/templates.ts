/**
 * Sites and templates:
 * - POST /api/sites/from-template {templateId, name, identifier}  a new site of the caller's with the template's config
 *   (any signed-in non-staff user; the template must be one they may read: a system one or their own)
 * - POST /api/sites/:id/save-as-template {name, description?}    the site's config as the caller's own template
 *   (owner or site admin)
 */
import type { Endpoint } from 'payload'

import { APIError } from 'payload'

import { isStaffUser } from '../../../src/platform/access'
import { readJsonBody } from '../../../src/platform/http/json'
import { siteForCaller } from './siteAccess'

const text = (value: unknown, name: string, max: number, required = true): string | undefined => {
  if ((value === undefined || value === null || value === '') && !required) return undefined
  if (typeof value !== 'string' || !value.trim() || value.length > max) throw new APIError(`Give ${name} (text of at most ${max} characters).`, 400)
  return value.trim()
}

export const fromTemplateEndpoint: Endpoint = {
  path: '/from-template',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new APIError('Sign in first.', 401)
    if (isStaffUser(req.user)) throw new APIError('Staff audit sites; they do not build them.', 403)
    const body = await readJsonBody(req)
    const templateId = body.templateId
    if ((typeof templateId !== 'number' && typeof templateId !== 'string') || templateId === '') throw new APIError('Give templateId.', 400)
    const found = await req.payload.find({
      collection: 'templates',
      where: { id: { equals: templateId } },
      limit: 1,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    const template = found.docs[0]
    if (!template) throw new APIError('Template not found.', 404)
    // Created as the caller: access, owner assignment, identifier and config validation all apply.
    const site = await req.payload.create({
      collection: 'sites',
      data: {
        name: text(body.name, 'name', 120) as string,
        identifier: text(body.identifier, 'identifier', 63) as string,
        templateConfig: template.config as Record<string, unknown>,
      } as never,
      overrideAccess: false,
      user: req.user,
      depth: 0,
      req,
    })
    return Response.json({ doc: site, message: 'Site created from the template.' }, { status: 201 })
  },
}

export const saveAsTemplateEndpoint: Endpoint = {
  path: '/:id/save-as-template',
  method: 'post',
  handler: async (req) => {
    const site = await siteForCaller(req, 'manage')
    const body = await readJsonBody(req)
    const name = text(body.name, 'name', 120) as string
    const description = text(body.description, 'description', 2000, false)
    // Created as the caller, so the template is theirs (stampTemplateOwner) and never a system one.
    const template = await req.payload.create({
      collection: 'templates',
      data: { name, description, config: site.templateConfig as Record<string, unknown> } as never,
      overrideAccess: false,
      user: req.user!,
      depth: 0,
      req,
    })
    return Response.json({ doc: template, message: 'Template saved.' }, { status: 201 })
  },
}
