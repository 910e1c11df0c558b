/**
 * The messages an owner may word their own way: those sent on behalf of their sites (to a visitor, a client, an
 * attendee, a subscriber, a host or an invited team member), declared by the plugin that sends them next to its
 * templates folder (`customizableEmails` in definePlatformPlugin). This list is the one rule: `renderEmail` uses
 * an owner's version only for these slugs (and only when the sender passes the site's `ownerId`), an owner may
 * create a version only of these, and the owner's Emails screen lists exactly these. Sign-in links, account
 * changes, plan and payment notices and notices to the owner themselves are the platform's own wording.
 */
import type { Config, SanitizedConfig } from 'payload'

import type { Bilingual } from '../i18n/labels'
import { getRegistry } from '../plugins/registry'

export type CustomizableEmail = {
  /** The template's slug: `<slug>.<pl|en>.hbs` in the plugin's `emailTemplatesDir`. */
  slug: string
  /** What the owner calls it: `t('Booking confirmed', 'Potwierdzenie rezerwacji')`. */
  name: Bilingual
  /** One line: who gets it and when (`t('To the client right after they book.', 'Do klienta zaraz po rezerwacji.')`). */
  description: Bilingual
}

export type CustomizableEmailGroup = {
  /** What the messages are about, as a heading on the Emails screen: `t('Bookings', 'Rezerwacje')`. */
  title: Bilingual
  emails: CustomizableEmail[]
}

type Registered = CustomizableEmailGroup & { plugin: string }

const SLUG = /^[a-z0-9][a-z0-9-]*$/

/** Throws on a malformed declaration or a slug declared twice (across plugins too): a plugin author's mistake, found at start. */
export const checkCustomizableEmails = (existing: Registered[], added: Registered[]): void => {
  const seen = new Set(existing.flatMap((group) => group.emails.map((email) => email.slug)))
  for (const group of added) {
    if (!group.title?.en || !group.title?.pl) throw new Error(`customizableEmails of "${group.plugin}": a group needs a title in English and Polish`)
    for (const email of group.emails) {
      if (!SLUG.test(email.slug)) throw new Error(`customizableEmails of "${group.plugin}": "${email.slug}" is not a template slug`)
      if (!email.name?.en || !email.name?.pl || !email.description?.en || !email.description?.pl)
        throw new Error(`customizableEmails of "${group.plugin}": "${email.slug}" needs a name and a description in English and Polish`)
      if (seen.has(email.slug)) throw new Error(`Two declarations of the customizable email "${email.slug}"`)
      seen.add(email.slug)
    }
  }
}

type AnyConfig = Pick<Config | SanitizedConfig, 'custom'>

/** The groups, in plugin order (the platform's own first). */
export const customizableEmailGroups = (config: AnyConfig): Registered[] => getRegistry(config).customizableEmails

/** The declaration of `slug`, or undefined when owners may not have their own version of it. */
export const findCustomizableEmail = (config: AnyConfig, slug: string): (CustomizableEmail & { group: Bilingual }) | undefined => {
  for (const group of customizableEmailGroups(config)) {
    const email = group.emails.find((candidate) => candidate.slug === slug)
    if (email) return { ...email, group: group.title }
  }
  return undefined
}

export const isCustomizableEmail = (config: AnyConfig, slug: string): boolean => findCustomizableEmail(config, slug) !== undefined
