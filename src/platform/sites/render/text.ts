/** Small helpers for localized texts and paths. */
import type { SiteLocale } from '../templateConfig'
import type { Localized } from './types'

/** The text in `locale`, falling back to the other language, or ''. */
export const tx = (value: unknown, locale: SiteLocale): string => {
  if (!value || typeof value !== 'object') return ''
  const text = value as Localized
  return text[locale] ?? text[locale === 'pl' ? 'en' : 'pl'] ?? ''
}

/** Splits a text into paragraphs on blank lines. */
export const paragraphs = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
