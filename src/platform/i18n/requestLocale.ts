import type { PayloadRequest } from 'payload'

import type { Locale } from '../email/renderTemplate'

const asLocale = (value: unknown): Locale | undefined => (value === 'pl' || value === 'en' ? value : undefined)

/** The first of the platform's languages in an Accept-Language header, by preference (`en-GB;q=0.8, pl` -> pl). */
export const headerLocale = (header: string | null | undefined): Locale | undefined =>
  (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';')
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean)
      return { locale: asLocale(tag.trim().toLowerCase().split('-')[0]), q: q === undefined ? 1 : Number(q), index }
    })
    .filter((entry) => entry.locale && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)[0]?.locale

const cookieLocale = (cookie: string | null | undefined, name: string): Locale | undefined =>
  asLocale(
    (cookie ?? '')
      .split(';')
      .map((pair) => pair.trim().split('='))
      .find(([key]) => key === name)?.[1],
  )

/**
 * The language to answer a request in, as Payload picks the admin's: the `<prefix>-lng` cookie (the admin's
 * language switch), then Accept-Language. A Local API call names neither, so there the signed-in user's own
 * language decides; Polish otherwise (the platform's fallback).
 */
export const requestLocale = (req: Pick<PayloadRequest, 'headers' | 'user' | 'payload'>): Locale =>
  cookieLocale(req.headers?.get('cookie'), `${req.payload?.config?.cookiePrefix || 'payload'}-lng`) ??
  headerLocale(req.headers?.get('accept-language')) ??
  asLocale((req.user as { locale?: unknown } | null | undefined)?.locale) ??
  'pl'

/** `text` in the request's language (`say(req, t('Site not found.', 'Nie znaleziono strony.'))`). */
export const say = (req: Pick<PayloadRequest, 'headers' | 'user' | 'payload'>, text: { en: string; pl: string }): string => text[requestLocale(req)]

/**
 * The admin's language in a field's `validate` (Payload's form state passes its own `req`, whose `i18n`
 * is the admin's language), or the request's.
 */
export const validateLocale = (req: unknown): Locale => {
  const language = (req as { i18n?: { language?: unknown } } | undefined)?.i18n?.language
  if (language === 'pl' || language === 'en') return language
  const request = req as Pick<PayloadRequest, 'headers' | 'user' | 'payload'> | undefined
  return request?.headers ? requestLocale(request) : 'pl'
}

/**
 * A field `validate`'s answer in the admin's language: a check that returns `true` or a text in both
 * languages (`t('Enter a whole number.', 'Podaj liczbę całkowitą.')`) gives Payload `true` or the admin's text:
 * `validate: (value, { req }) => validationMessage(req, checkMinutes(value))`.
 */
export const validationMessage = (req: unknown, result: true | { en: string; pl: string }): true | string =>
  result === true ? true : result[validateLocale(req)]
