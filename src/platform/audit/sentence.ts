/**
 * An audit entry as a sentence staff read: "Anna Kowalska zmieniła stronę „Studio Jogi”" /
 * "Anna Kowalska changed the site “Studio Jogi”". Pure: the entry's stored names and the target
 * collection's label in, text out (the admin's list cell and document view use it).
 */
import type { Lang } from '../i18n/format'

export type AuditOperation = 'create' | 'update' | 'delete'

/** Grammatical gender of the person who acted, for the Polish past tense. `unknown`: the neuter "konto …" form. */
export type ActorGender = 'female' | 'male' | 'unknown'

// Polish male names that end in -a, and female names that do not: the only exceptions to the -a rule.
const MALE_IN_A = new Set(['kuba', 'barnaba', 'bonawentura', 'kosma', 'jarema', 'zawisza', 'boryna', 'sasza', 'misza', 'nikita', 'luca', 'andrea'])
const FEMALE_NOT_IN_A = new Set(['beatrycze', 'noemi', 'miriam', 'ruth', 'nel', 'abigail', 'karmen', 'dagmar', 'inez', 'ingrid', 'rut', 'ester', 'estera'])

/** Polish first names ending in -a are female, with a short list of exceptions; no first name: unknown. */
export const guessGender = (firstName: string | null | undefined): ActorGender => {
  const name = (firstName ?? '').trim().split(/\s+/)[0]?.toLowerCase() ?? ''
  if (!name) return 'unknown'
  if (FEMALE_NOT_IN_A.has(name)) return 'female'
  if (MALE_IN_A.has(name)) return 'male'
  return name.endsWith('a') ? 'female' : 'male'
}

// Nouns for people (masculine animate): their accusative takes -a ("użytkownika", "członka zespołu").
const ANIMATE_ACCUSATIVE: Record<string, string> = {
  użytkownik: 'użytkownika',
  klient: 'klienta',
  klientka: 'klientkę',
  członek: 'członka',
  pracownik: 'pracownika',
  uczestnik: 'uczestnika',
  subskrybent: 'subskrybenta',
  gość: 'gościa',
  właściciel: 'właściciela',
  prowadzący: 'prowadzącego',
}

/**
 * The accusative a Polish collection label takes after "zmienił(a)": the first word changes, the rest stays
 * ("Strona" → "stronę", "Członek zespołu" → "członka zespołu", "Szablon e-maila" → "szablon e-maila").
 * Feminine nouns in -a take -ę (-ja → -ję, -ia → -ię); inanimate masculine and neuter nouns stay as they are.
 */
export const polishAccusative = (label: string): string => {
  const [first = '', ...rest] = label.trim().split(/\s+/)
  const lower = first.toLocaleLowerCase('pl-PL')
  const word = ANIMATE_ACCUSATIVE[lower] ?? (lower.endsWith('a') && lower.length > 1 ? `${lower.slice(0, -1)}ę` : lower)
  return [word, ...rest].join(' ')
}

const PL_VERBS: Record<AuditOperation, Record<ActorGender, string>> = {
  create: { female: 'utworzyła', male: 'utworzył', unknown: 'utworzyło' },
  update: { female: 'zmieniła', male: 'zmienił', unknown: 'zmieniło' },
  delete: { female: 'usunęła', male: 'usunął', unknown: 'usunęło' },
}

const EN_VERBS: Record<AuditOperation, string> = { create: 'created', update: 'changed', delete: 'deleted' }

export type SentenceInput = {
  lang: Lang
  operation: AuditOperation
  /** "Anna Kowalska", or the account's e-mail address when it has no name. */
  actorName?: string | null
  /** The target collection's singular label in the reader's language ("Strona", "Site"). */
  collectionLabel: string
  /** The record's title when it was written ("Studio Jogi"); none: its number. */
  targetTitle?: string | null
  targetId: string | number
}

/** "Anna Kowalska zmieniła stronę „Studio Jogi”" / "Anna Kowalska changed the site “Studio Jogi”". */
export const auditSentence = (input: SentenceInput): string => {
  const actor = input.actorName?.trim() ?? ''
  const isAddress = actor.includes('@')
  const name = isAddress ? '' : actor
  const title = input.targetTitle?.trim()
  if (input.lang === 'pl') {
    const gender = name ? guessGender(name) : 'unknown'
    // Without a name the subject is the account ("konto anna@…"), neuter, so the verb needs no guess.
    const subject = name || `Konto ${actor}`.trim()
    const object = polishAccusative(input.collectionLabel)
    const target = title ? `„${title}”` : `nr ${input.targetId}`
    return `${subject} ${PL_VERBS[input.operation][gender]} ${object} ${target}`
  }
  const subject = name || `The account ${actor}`.trim()
  const target = title ? `“${title}”` : `no. ${input.targetId}`
  return `${subject} ${EN_VERBS[input.operation]} the ${input.collectionLabel.toLowerCase()} ${target}`
}
