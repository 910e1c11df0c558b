import type { CollectionBeforeChangeHook, Field } from 'payload'

import { labels, lockedField, nobodyField, normalizeEmail, siteScopedCollection, t, validationMessage } from '@platform'
import { GROUP, LIMITS, SOURCES, STATUSES, TESTIMONIALS } from '../slugs'

/** Kept by the platform only (the public form, the emailed links, moderation): shown, never written over the API. */
const systemOnly = { create: nobodyField, update: nobodyField }
/** The address-confirmation token's hash and seed (lib/tokens.ts): nobody reads or writes them over the API. */
const secret = { read: nobodyField, create: nobodyField, update: nobodyField }

/** `isApproved` (the seed's field) always mirrors `status`, whoever writes. */
const mirrorApproval: CollectionBeforeChangeHook = ({ data }) => {
  if (data.status !== undefined) data.isApproved = data.status === 'approved'
  return data
}

/** An author's own words (form, invitation) are theirs: the owner may reply, not rewrite. Manual and imported ones stay editable. */
const authorsOwn = (name: string) => (args: Parameters<ReturnType<typeof lockedField>>[0]) => {
  const source = (args.doc as { source?: string } | undefined)?.source
  return source === 'form' || source === 'invited' ? lockedField(name)(args) : true
}

/** How the form shows dates (date-fns in the admin's language): `2 maja 2024`, `30 listopada 2026, 22:33` (Payload's default is `maj 02`). */
const DAY = 'd MMMM yyyy'
const DAY_AND_TIME = 'd MMMM yyyy, HH:mm'

const stamp = (name: string, en: string, pl: string, hidden = false): Field => ({
  name,
  type: 'date',
  label: t(en, pl),
  access: systemOnly,
  admin: { readOnly: true, position: 'sidebar', hidden, date: { pickerAppearance: 'dayAndTime', displayFormat: DAY_AND_TIME } },
})

/**
 * A testimonial about one site's practice. Visitors' and clients' testimonials arrive `pending` through the public
 * endpoints (never over the REST API); only `approved` ones reach a page, the widget or a summary.
 */
export const Testimonials = siteScopedCollection({
  slug: TESTIMONIALS,
  labels: labels(t('Testimonial', 'Opinia'), t('Testimonials', 'Opinie')),
  admin: { useAsTitle: 'authorName', defaultColumns: ['authorName', 'rating', 'status', 'source', 'site', 'createdAt'], group: GROUP },
  defaultSort: '-createdAt',
  // Editors moderate testimonials (DESIGN "Who may do what"); every role on the site reads; staff read for audit.
  tenancy: { read: 'read', write: 'content' },
  indexes: [{ fields: ['site', 'status'] }],
  hooks: { beforeChange: [mirrorApproval] },
  fields: [
    {
      name: 'authorName',
      type: 'text',
      required: true,
      maxLength: LIMITS.authorName,
      label: t('Author', 'Autor'),
      access: { update: authorsOwn('authorName') },
    },
    {
      name: 'authorEmail',
      type: 'email',
      label: t("Author's email", 'E-mail autora'),
      hooks: { beforeValidate: [normalizeEmail] },
      access: { update: authorsOwn('authorEmail') },
    },
    {
      name: 'rating',
      type: 'number',
      required: true,
      min: 1,
      max: 5,
      label: t('Rating (1–5)', 'Ocena (1–5)'),
      access: { update: authorsOwn('rating') },
      validate: (value: unknown, { req }: { req?: unknown }) =>
        Number.isInteger(value)
          ? true
          : validationMessage(req, t('Give the rating as a whole number from 1 to 5.', 'Podaj ocenę jako liczbę całkowitą od 1 do 5.')),
    },
    {
      name: 'content',
      type: 'textarea',
      required: true,
      maxLength: LIMITS.content,
      label: t('Testimonial', 'Treść opinii'),
      access: { update: authorsOwn('content') },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      label: t('Status', 'Status'),
      options: [
        { value: STATUSES[0], label: t('Waiting for moderation', 'Oczekująca na moderację') },
        { value: STATUSES[1], label: t('Approved', 'Zatwierdzona') },
        { value: STATUSES[2], label: t('Rejected', 'Odrzucona') },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'isApproved',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: t('Approved', 'Zatwierdzona'),
      access: systemOnly,
      admin: { hidden: true },
    },
    {
      name: 'isFeatured',
      type: 'checkbox',
      defaultValue: false,
      label: t('Featured (shown first)', 'Wyróżniona (pokazywana jako pierwsza)'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'source',
      type: 'select',
      required: true,
      defaultValue: 'manual',
      label: t('Source', 'Źródło'),
      options: [
        { value: SOURCES[0], label: t('Form on the site', 'Formularz na stronie') },
        { value: SOURCES[1], label: t('Invitation after a session', 'Zaproszenie po sesji') },
        { value: SOURCES[2], label: t('Imported', 'Zaimportowana') },
        { value: SOURCES[3], label: t('Added by the owner', 'Dodana przez właściciela') },
      ],
      // Set by the platform: the form, an invitation or an import; what an editor adds by hand is `manual`.
      access: systemOnly,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'isVerifiedClient',
      type: 'checkbox',
      defaultValue: false,
      label: t('Verified client (came from a session invitation)', 'Zweryfikowany klient (z zaproszenia po sesji)'),
      access: systemOnly,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'reply',
      type: 'textarea',
      maxLength: LIMITS.reply,
      label: t("Owner's public reply", 'Publiczna odpowiedź właściciela'),
    },
    {
      name: 'locale',
      type: 'select',
      required: true,
      defaultValue: 'pl',
      label: t('Language', 'Język'),
      options: [
        { value: 'pl', label: t('Polish', 'Polski') },
        { value: 'en', label: t('English', 'Angielski') },
      ],
      admin: { position: 'sidebar' },
    },
    // When the author gave the testimonial: the submission, or the date a CSV import carries.
    {
      name: 'givenAt',
      type: 'date',
      // Lists sort by it (newest first), so every testimonial has one: the moment it was stored unless it says otherwise.
      defaultValue: () => new Date().toISOString(),
      label: t('Given on', 'Data wystawienia'),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: DAY } },
    },
    stamp('consentAt', 'Consent to publish given', 'Zgoda na publikację'),
    stamp('emailVerifiedAt', 'Email address confirmed', 'Potwierdzono adres e-mail'),
    stamp('moderatedAt', 'Moderated', 'Moderowano'),
    stamp('repliedAt', 'Replied', 'Odpowiedziano'),
    // The owner was told about it (listeners/ownerNotice.ts): a retried notice job tells them once.
    stamp('ownerNotifiedAt', 'Owner notified', 'Powiadomiono właściciela', true),
    { name: 'emailVerificationToken', type: 'text', unique: true, access: secret, admin: { hidden: true } },
    { name: 'emailVerificationTokenSeed', type: 'text', access: secret, admin: { hidden: true } },
  ],
})
