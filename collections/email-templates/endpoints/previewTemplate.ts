import type { Endpoint, PayloadRequest } from 'payload'

import { APIError, NotFound } from 'payload'

import { findTemplateProblem, formatProblem, renderParts } from '../../../src/platform/email/compileTemplate'
import type { Locale } from '../../../src/platform/email/renderTemplate'
import { sampleEmailData } from '../../../src/platform/email/sampleData'
import { getRegistry } from '../../../src/platform/plugins/registry'
import { requestLocale, say } from '../../../src/platform/i18n/requestLocale'
import { t } from '../../../src/platform/i18n/labels'

const readBody = async (req: Parameters<Endpoint['handler']>[0]): Promise<Record<string, unknown>> => {
  try {
    const body = (await req.json?.()) as unknown
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

const FIELD_NAMES = { subject: t('The subject', 'Temat'), content: t('The content', 'Treść') }

const optionalText = (req: PayloadRequest, value: unknown, name: keyof typeof FIELD_NAMES): string | undefined => {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string' || value.length > 100_000)
    throw new APIError(
      say(
        req,
        t(`${FIELD_NAMES[name].en} must be text of at most 100,000 characters.`, `${FIELD_NAMES[name].pl} musi być tekstem o długości do 100 000 znaków.`),
      ),
      400,
    )
  return value
}

/**
 * POST /api/email-templates/:id/preview {locale?, subject?, content?}: the
 * template rendered with sample data, for whoever may read it (staff, its
 * owner; defaults for every signed-in user). `subject`/`content` preview
 * unsaved edits from the admin form.
 */
export const previewTemplateEndpoint: Endpoint = {
  path: '/:id/preview',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new APIError(say(req, t('Sign in to preview templates.', 'Zaloguj się, aby zobaczyć podgląd szablonów.')), 401)
    const id = req.routeParams?.id
    if (typeof id !== 'string' && typeof id !== 'number') throw new APIError(say(req, t('Name the template.', 'Wskaż szablon.')), 400)
    let template
    try {
      template = await req.payload.findByID({ collection: 'email-templates', id, depth: 0, overrideAccess: false, user: req.user, req })
    } catch (error) {
      if (error instanceof NotFound || (error as { status?: number }).status === 404 || (error as { status?: number }).status === 403) {
        throw new APIError(say(req, t('Template not found.', 'Nie znaleziono szablonu.')), 404)
      }
      throw error
    }
    const body = await readBody(req)
    const locale: Locale =
      body.locale === 'en'
        ? 'en'
        : body.locale === 'pl' || body.locale === undefined
          ? 'pl'
          : (() => {
              throw new APIError(say(req, t('Choose a preview in Polish or in English.', 'Wybierz podgląd po polsku albo po angielsku.')), 400)
            })()
    const subject = optionalText(req, body.subject, 'subject') ?? (locale === 'pl' ? template.subjectPl : template.subjectEn) ?? ''
    const content = optionalText(req, body.content, 'content') ?? (locale === 'pl' ? template.contentPl : template.contentEn) ?? ''
    if (!content)
      throw new APIError(
        say(
          req,
          locale === 'pl'
            ? t('This template has no Polish version.', 'Ten szablon nie ma wersji polskiej.')
            : t('This template has no English version.', 'Ten szablon nie ma wersji angielskiej.'),
        ),
        400,
      )
    const data = sampleEmailData(locale, req.payload.config.serverURL || undefined, getRegistry(req.payload.config).emailSampleData)
    for (const source of [subject, content]) {
      const problem = findTemplateProblem(source, data)
      if (problem) throw new APIError(formatProblem(problem, requestLocale(req)), 400)
    }
    return Response.json({ locale, ...renderParts({ subject, content, data, locale }) })
  },
}
