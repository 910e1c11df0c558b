/**
 * Domain names as owners type them and as OVH and DNS want them (pure): normalised (case, scheme, path, port,
 * trailing dot, a leading `www.`), IDN converted to punycode with node's `url.domainToASCII` (UTS #46), checked
 * letter by letter (LDH labels of 1–63 characters, at most 253 in all, a real TLD), and split into the name and
 * its extension for alternatives across the searched extensions.
 */
import { domainToASCII, domainToUnicode } from 'node:url'

import type { Bilingual } from '@platform'
import { SEARCH_EXTENSIONS } from '../slugs'

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/

/** `true`, or what is wrong with an ASCII (punycode) domain name, in English (logs, the collection's validator). */
export const checkDomainName = (value: unknown): true | string => {
  if (typeof value !== 'string' || !value) return 'a domain name is required'
  if (value.length > 253) return 'at most 253 characters'
  const labels = value.split('.')
  if (labels.length < 2) return 'a name and an extension, such as kowalska.pl'
  const bad = labels.find((label) => !LABEL.test(label) || (label.slice(2, 4) === '--' && !label.startsWith('xn--')))
  if (bad !== undefined) return `"${bad}" is not a valid part of a domain name`
  if (!TLD.test(labels[labels.length - 1])) return 'the extension must be a real one, such as .pl or .com'
  return true
}

/** What an owner typed, reduced to a bare host name: `HTTPS://www.Kowalska.PL/o-mnie` → `kowalska.pl`. */
export const normalizeDomainInput = (raw: string): string =>
  raw
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .replace(/\.$/, '')
    .replace(/^www\./, '')

/** `xn--za-6ja4f8n1l.pl` → `zażółć.pl`; an ASCII name stays as it is. */
export const unicodeOf = (ascii: string): string => domainToUnicode(ascii) || ascii

export type SearchName = {
  /** The name without extension, punycode: `kowalska-coaching`, `xn--za-6ja4f8n1l`. */
  label: string
  /** The extension asked for: `pl`, `com.pl`, `de`; the first searched one when none was typed. */
  extension: string
  /** The full name asked for, punycode. */
  ascii: string
  /** The same as the owner writes it. */
  unicode: string
}

type Problem = { message: Bilingual }

const problem = (pl: string, en: string): Problem => ({ message: { pl, en } })

/**
 * The searched name and its extension, or why it cannot be searched (a message for a 400). A name without an
 * extension is searched with each of SEARCH_EXTENSIONS; a known two-part extension (`com.pl`) is kept whole.
 */
export const parseSearchName = (raw: unknown, extensions: readonly string[] = SEARCH_EXTENSIONS): SearchName | Problem => {
  if (typeof raw !== 'string' || !raw.trim()) return problem('Wpisz nazwę domeny, np. kowalska.pl.', 'Type a domain name, e.g. kowalska.pl.')
  if (raw.length > 300) return problem('Nazwa domeny może mieć najwyżej 253 znaki.', 'A domain name may have at most 253 characters.')
  const typed = normalizeDomainInput(raw)
  const invalid = problem(
    `„${raw.trim().slice(0, 80)}” nie jest poprawną nazwą domeny. Użyj liter (także polskich), cyfr i myślników, np. kowalska-coaching.pl.`,
    `"${raw.trim().slice(0, 80)}" is not a valid domain name. Use letters (Polish ones too), digits and hyphens, e.g. kowalska-coaching.pl.`,
  )
  // domainToASCII maps case and Unicode (UTS #46) and answers '' for what cannot be a name at all (spaces, symbols).
  const ascii = /[\s@:/\\]/.test(typed) ? '' : domainToASCII(typed)
  if (!ascii) return invalid
  const known = [...extensions].sort((a, b) => b.length - a.length).find((extension) => ascii.endsWith(`.${extension}`))
  const dot = ascii.indexOf('.')
  const label = known ? ascii.slice(0, -(known.length + 1)) : dot === -1 ? ascii : ascii.slice(0, dot)
  const extension = known ?? (dot === -1 ? extensions[0] : ascii.slice(dot + 1))
  if (label.includes('.') || (extension.includes('.') && !known))
    return problem(
      `Podaj samą domenę, bez subdomeny: np. kowalska.pl zamiast ${unicodeOf(ascii)}.`,
      `Give the domain itself, without a subdomain: e.g. kowalska.pl rather than ${unicodeOf(ascii)}.`,
    )
  const full = `${label}.${extension}`
  if (checkDomainName(full) !== true) return invalid
  return { label, extension, ascii: full, unicode: unicodeOf(full) }
}

/** The names to ask OVH about: the one typed first, then the same name with each searched extension. */
export const candidateNames = (name: SearchName, extensions: readonly string[] = SEARCH_EXTENSIONS): string[] => [
  ...new Set([name.ascii, ...extensions.map((extension) => `${name.label}.${extension}`)]),
]
