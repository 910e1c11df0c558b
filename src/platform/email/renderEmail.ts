/**
 * Renders a message for sending: the owner's version of the template when
 * there is one and the template is one owners may word their own way
 * (`customizableEmails`, declared by the plugin that sends it), else the default; the recipient's language first, then the
 * other one. A stored template beats the file of the same slug; the file is
 * used only when the database has no record (before the first sync).
 */
import type { Payload } from 'payload'

import type { EmailTemplate } from '../../../payload-types'
import { sameId, type ID } from '../access'
import { renderParts, type RenderedParts } from './compileTemplate'
import { isCustomizableEmail } from './customizableEmails'
import { loadFileTemplates, type FileTemplate } from './fileTemplates'
import type { Locale } from './renderTemplate'
import { emailTemplateDirs } from './templateDirs'

type Source = Pick<EmailTemplate, 'subjectPl' | 'contentPl' | 'subjectEn' | 'contentEn'> | FileTemplate

export type RenderedForSending = RenderedParts & { locale: Locale; source: 'owner' | 'default' | 'file' }

const languages = (locale: Locale): Locale[] => (locale === 'pl' ? ['pl', 'en'] : ['en', 'pl'])

const inLanguage = (source: Source | undefined, locale: Locale) => {
  if (!source) return undefined
  const subject = locale === 'pl' ? source.subjectPl : source.subjectEn
  const content = locale === 'pl' ? source.contentPl : source.contentEn
  return subject && content ? { subject, content } : undefined
}

/** The order in which (template, language) pairs are tried: language first, then owner before default. */
export const pickTemplate = ({
  locale,
  override,
  fallback,
}: {
  locale: Locale
  override?: Source
  fallback?: Source
}): { subject: string; content: string; locale: Locale; which: 'override' | 'fallback' } | undefined => {
  for (const language of languages(locale)) {
    const own = inLanguage(override, language)
    if (own) return { ...own, locale: language, which: 'override' }
    const base = inLanguage(fallback, language)
    if (base) return { ...base, locale: language, which: 'fallback' }
  }
  return undefined
}

export const renderEmail = async ({
  payload,
  template,
  locale,
  data,
  ownerId,
}: {
  payload: Payload
  template: string
  locale: Locale
  data: Record<string, unknown>
  ownerId?: ID
}): Promise<RenderedForSending> => {
  // Sign-in links, account and plan notices are the platform's wording: an owner's version of them is never used.
  const owner = ownerId !== undefined && isCustomizableEmail(payload.config, template) ? ownerId : undefined
  // A trusted job reads the templates to send a message; no user is involved.
  const { docs } = await payload.find({
    collection: 'email-templates',
    where: {
      and: [{ slug: { equals: template } }, { or: [{ isDefault: { equals: true } }, ...(owner !== undefined ? [{ owner: { equals: owner } }] : [])] }],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true, // trusted: the sending code has no user; it reads the default and the owner's version of one template
  })
  const override = owner !== undefined ? docs.find((doc) => !doc.isDefault && sameId(doc.owner, owner)) : undefined
  const fallback = docs.find((doc) => doc.isDefault)
  let picked: (NonNullable<ReturnType<typeof pickTemplate>> & { source: RenderedForSending['source'] }) | undefined
  if (override || fallback) {
    const found = pickTemplate({ locale, override, fallback })
    picked = found && { ...found, source: found.which === 'override' ? 'owner' : 'default' }
  } else {
    const file = (await loadFileTemplates(emailTemplateDirs(payload))).get(template)
    const found = pickTemplate({ locale, fallback: file })
    picked = found && { ...found, source: 'file' }
  }
  if (!picked) throw new Error(`No email template "${template}" in either language`)
  return { ...renderParts({ subject: picked.subject, content: picked.content, data, locale: picked.locale }), locale: picked.locale, source: picked.source }
}
