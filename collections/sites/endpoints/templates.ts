/**
 * Sites and templates:
 * - POST /api/sites/from-template {templateId, name, identifier}  a new site of the caller's with the template's config
 *   (any signed-in non-staff user; the template must be one they may read: a system one or their own)
 * - POST /api/sites/:id/save-as-template {name, description?}    the site's config as the caller's own template
 *   (owner or site admin)
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { isStaffUser } from '../../../src/platform/access'
import { readJsonBody } from '../../../src/platform/http/json'
import { siteForCaller } from './siteAccess'
import { say } from '../../../src/platform/i18n/requestLocale'
import { t } from '../../../src/platform/i18n/labels'

const NAMES: Record<string, { en: string; pl: string }> = {
  name: { en: 'a name', pl: 'nazwę' },
  identifier: { en: 'an identifier', pl: 'identyfikator' },
  description: { en: 'a description', pl: 'opis' },
}

const text = (req: PayloadRequest, value: unknown, name: string, max: number, required = true): string | undefined => {
  if ((value === undefined || value === null || value === '') && !required) return undefined
  if (typeof value !== 'string' || !value.trim() || value.length > max) {
    const what = NAMES[name] ?? { en: name, pl: name }
    throw new APIError(say(req, t(`Give ${what.en} (text of at most ${max} characters).`, `Podaj ${what.pl} (tekst o długości najwyżej ${max} znaków).`)), 400)
  }
  return value.trim()
}

export const fromTemplateEndpoint: Endpoint = {
  path: '/from-template',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new APIError(say(req, t('Sign in first.', 'Najpierw się zaloguj.')), 401)
    if (isStaffUser(req.user))
      throw new APIError(say(req, t('Staff audit sites; they do not build them.', 'Obsługa platformy kontroluje strony, ale ich nie tworzy.')), 403)
    const body = await readJsonBody(req)
    const templateId = body.templateId
    if ((typeof templateId !== 'number' && typeof templateId !== 'string') || templateId === '')
      throw new APIError(say(req, t('Give templateId.', 'Wybierz szablon.')), 400)
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
    if (!template) throw new APIError(say(req, t('Template not found.', 'Nie znaleziono szablonu.')), 404)
    // Created as the caller: access, owner assignment, identifier and config validation all apply.
    const site = await req.payload.create({
      collection: 'sites',
      data: {
        name: text(req, body.name, 'name', 120) as string,
        identifier: text(req, body.identifier, 'identifier', 63) as string,
        templateConfig: template.config as Record<string, unknown>,
      } as never,
      overrideAccess: false,
      user: req.user,
      depth: 0,
      req,
    })
    return Response.json({ doc: site, message: say(req, t('Site created from the template.', 'Strona utworzona z szablonu.')) }, { status: 201 })
  },
}

export const saveAsTemplateEndpoint: Endpoint = {
  path: '/:id/save-as-template',
  method: 'post',
  handler: async (req) => {
    const site = await siteForCaller(req, 'manage')
    const body = await readJsonBody(req)
    const name = text(req, body.name, 'name', 120) as string
    const description = text(req, body.description, 'description', 2000, false)
    // Created as the caller, so the template is theirs (stampTemplateOwner) and never a system one.
    const template = await req.payload.create({
      collection: 'templates',
      data: { name, description, config: site.templateConfig as Record<string, unknown> } as never,
      overrideAccess: false,
      user: req.user!,
      depth: 0,
      req,
    })
    return Response.json({ doc: template, message: say(req, t('Template saved.', 'Szablon zapisany.')) }, { status: 201 })
  },
}
