import type { CollectionBeforeChangeHook, CollectionBeforeValidateHook, Field } from 'payload'

import { labels, siteScopedCollection, t, timeZoneField, validateWithSchema, validationMessage } from '@platform'
import { attendeesViews, eventActionsField, PRICE_CELL, QUESTIONS_FIELD, SEATS_CELL } from '../admin/components'
import { detailsSchema } from '../lib/details'
import { SLUG_PATTERN, slugFromTitle } from '../lib/slug'
import { BIG_EVENTS, EVENT_STATUSES, GROUP, LIMITS, LOCATION_KINDS } from '../slugs'
import { DAY_AND_TIME, systemOnly } from './access'

const STATUS_LABELS = {
  draft: t('Draft', 'Szkic'),
  published: t('Published', 'Opublikowany'),
  cancelled: t('Cancelled', 'Odwołany'),
} as const

const stamp = (name: string, en: string, pl: string): Field => ({
  name,
  type: 'date',
  label: t(en, pl),
  access: systemOnly,
  admin: {
    readOnly: true,
    position: 'sidebar',
    date: { pickerAppearance: 'dayAndTime', displayFormat: DAY_AND_TIME },
    // Shown once it happened: a new event's form has no row of empty, greyed-out dates.
    condition: (data) => Boolean(data?.[name]),
  },
})

const when = (name: string, en: string, pl: string, required = true): Field => ({
  name,
  type: 'date',
  required,
  label: t(en, pl),
  admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: DAY_AND_TIME, timeFormat: 'HH:mm' } },
})

/** A new event's address part comes from its title; the creator is whoever made it. */
const fillDefaults: CollectionBeforeValidateHook = ({ data, operation, req }) => {
  if (!data) return data
  if (!data.slug && typeof data.title === 'string') data.slug = slugFromTitle(data.title)
  if (operation === 'create' && req.user?.collection === 'users' && !data.creator) data.creator = req.user.id
  return data
}

/**
 * Status stamps: `publishedAt` when first published, `cancelledAt` when cancelled. A cancelled event stays
 * cancelled (its registrations were cancelled and refunded); publishing needs the event not to be over.
 */
const stampStatus: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const before = originalDoc?.status as string | undefined
  if (before === 'cancelled' && data.status !== undefined && data.status !== 'cancelled') data.status = 'cancelled'
  if (data.status === 'published' && before !== 'published' && !originalDoc?.publishedAt) data.publishedAt = new Date().toISOString()
  if (data.status === 'cancelled' && before !== 'cancelled') data.cancelledAt = new Date().toISOString()
  return data
}

const validDetails = (value: unknown, { req }: { req?: unknown }) => validateWithSchema(detailsSchema, value ?? {}, req)

const endAfterStart = (value: unknown, { req, siblingData }: { req?: unknown; siblingData: Record<string, unknown> }) => {
  if (!value) return validationMessage(req, t('Give the end date and time.', 'Podaj datę i godzinę zakończenia.'))
  const start = Date.parse(String(siblingData.startDate ?? ''))
  return Number.isFinite(start) && Date.parse(String(value)) <= start
    ? validationMessage(req, t('The event must end after it starts.', 'Wydarzenie musi się kończyć później, niż się zaczyna.'))
    : true
}

const wholeGrosze = (value: unknown, { req }: { req?: unknown }) =>
  value === null || value === undefined || (typeof value === 'number' && value >= 0 && Math.round(value * 100) === value * 100)
    ? true
    : validationMessage(
        req,
        t('Give the price in złoty with at most two decimals, e.g. 149.99.', 'Podaj cenę w złotych z najwyżej dwoma miejscami po przecinku, np. 149,99.'),
      )

/**
 * The seed's `BigEvent`: a workshop or retreat one site sells. Editors and above write (DESIGN "Who may do what":
 * events are content), everyone on the site reads, staff read for audit. `currentParticipants` is kept by the
 * registration code under the event's lock (confirmed + held seats), never over the API.
 */
export const BigEvents = siteScopedCollection({
  slug: BIG_EVENTS,
  labels: labels(t('Workshop or retreat', 'Warsztat lub wyjazd'), t('Workshops and retreats', 'Warsztaty i wyjazdy')),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'startDate', 'status', 'currentParticipants', 'price'],
    group: GROUP,
    // The Attendees tab beside the event (admin/AttendeesView.tsx).
    components: { views: attendeesViews },
  },
  defaultSort: '-startDate',
  tenancy: { read: 'read', write: 'content' },
  indexes: [{ fields: ['site', 'slug'], unique: true }, { fields: ['status', 'startDate'] }],
  hooks: { beforeValidate: [fillDefaults], beforeChange: [stampStatus] },
  fields: [
    {
      name: 'slug',
      type: 'text',
      maxLength: 80,
      index: true,
      validate: (value: unknown, { req }: { req?: unknown }) =>
        value === undefined || value === null || value === '' || SLUG_PATTERN.test(String(value))
          ? true
          : validationMessage(
              req,
              t('Use lowercase letters, digits and dashes, e.g. weekend-retreat.', 'Użyj małych liter, cyfr i myślników, np. weekend-w-gorach.'),
            ),
      label: t('Address', 'Adres'),
      admin: {
        position: 'sidebar',
        description: t('Part of the event page address; made from the title when empty.', 'Część adresu strony wydarzenia; tworzona z tytułu, gdy puste.'),
      },
    },
    timeZoneField({ name: 'timeZone', defaultValue: 'Europe/Warsaw', admin: { position: 'sidebar' } }),
    // The owner's form in four tabs (no schema change: the tabs are unnamed).
    {
      type: 'tabs',
      tabs: [
        {
          label: t('Description', 'Opis'),
          fields: [
            { name: 'title', type: 'text', required: true, maxLength: LIMITS.title, label: t('Title', 'Tytuł') },
            { name: 'description', type: 'richText', label: t('Description', 'Opis') },
            { name: 'image', type: 'upload', relationTo: 'media-assets', label: t('Image', 'Zdjęcie') },
          ],
        },
        {
          label: t('Date and place', 'Termin i miejsce'),
          fields: [
            {
              type: 'row',
              fields: [when('startDate', 'Starts', 'Początek'), { ...when('endDate', 'Ends', 'Koniec'), validate: endAfterStart } as Field],
            },
            {
              name: 'locationKind',
              type: 'radio',
              defaultValue: 'in_person',
              options: LOCATION_KINDS.map((value) => ({ value, label: value === 'online' ? t('Online', 'Online') : t('In person', 'Na miejscu') })),
              label: t('Where', 'Gdzie'),
            },
            {
              name: 'location',
              type: 'text',
              maxLength: LIMITS.location,
              label: t('Place (address)', 'Miejsce (adres)'),
              admin: { condition: (data) => data?.locationKind !== 'online' },
            },
            {
              name: 'onlineUrl',
              type: 'text',
              maxLength: 2000,
              label: t('Meeting link (sent to confirmed attendees only)', 'Link do spotkania (tylko dla potwierdzonych uczestników)'),
              validate: (value: unknown, { req }: { req?: unknown }) =>
                !value || /^https:\/\/\S+$/.test(String(value))
                  ? true
                  : validationMessage(req, t('Give a link starting with https://.', 'Podaj link zaczynający się od https://.')),
              admin: { condition: (data) => data?.locationKind === 'online' },
            },
          ],
        },
        {
          label: t('Price and seats', 'Cena i miejsca'),
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'maxParticipants', type: 'number', required: true, min: 1, max: 100000, label: t('Seats', 'Liczba miejsc') },
                {
                  name: 'currentParticipants',
                  type: 'number',
                  defaultValue: 0,
                  min: 0,
                  access: systemOnly,
                  label: t('Seats taken', 'Zajęte miejsca'),
                  admin: {
                    readOnly: true,
                    description: t('Confirmed and held for payment.', 'Potwierdzone i czekające na płatność.'),
                    // The list shows taken of all and what is left (`3 z 20 (wolne: 17)`).
                    components: { Cell: SEATS_CELL },
                  },
                },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'price',
                  type: 'number',
                  required: true,
                  defaultValue: 0,
                  min: 0,
                  validate: wholeGrosze,
                  label: t('Price (zł, 0 = free)', 'Cena (zł, 0 = bezpłatne)'),
                  admin: { components: { Cell: PRICE_CELL } },
                },
                { name: 'earlyBirdPrice', type: 'number', min: 0, validate: wholeGrosze, label: t('Early-bird price (zł)', 'Cena promocyjna (zł)') },
                { ...when('earlyBirdEndsAt', 'Early-bird price until', 'Cena promocyjna do', false) } as Field,
              ],
            },
            {
              name: 'cancelCutoffHours',
              type: 'number',
              defaultValue: 24,
              min: 0,
              max: 24 * 60,
              label: t('Attendees may cancel until (hours before the start)', 'Uczestnicy mogą zrezygnować do (godzin przed początkiem)'),
            },
          ],
        },
        {
          label: t('Registration form', 'Formularz zapisu'),
          fields: [
            {
              name: 'details',
              type: 'json',
              defaultValue: { questions: [] },
              validate: validDetails,
              label: t('Registration questions', 'Pytania w formularzu zapisu'),
              // Edited as a list of questions, never as JSON (admin/QuestionsField.tsx).
              admin: { components: { Field: QUESTIONS_FIELD } },
            },
          ],
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: EVENT_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
      label: t('Status', 'Status'),
      // Changed with the Publish / Unpublish / Cancel buttons under it (cancelling asks first).
      admin: { position: 'sidebar', readOnly: true },
    },
    eventActionsField,
    {
      name: 'sendEmailOnPublish',
      type: 'checkbox',
      defaultValue: false,
      label: t('Announce to newsletter subscribers when published', 'Ogłoś subskrybentom newslettera po publikacji'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'emailSent',
      type: 'checkbox',
      defaultValue: false,
      access: systemOnly,
      label: t('Announcement sent', 'Ogłoszenie wysłane'),
      // The date below says it (and when); the tick box beside it would only repeat the label.
      admin: { readOnly: true, position: 'sidebar', hidden: true },
    },
    stamp('emailSentAt', 'Announcement sent', 'Ogłoszenie wysłane'),
    stamp('publishedAt', 'Published', 'Opublikowano'),
    stamp('cancelledAt', 'Cancelled', 'Odwołano'),
    {
      name: 'creator',
      type: 'relationship',
      relationTo: 'users',
      access: systemOnly,
      label: t('Created by', 'Utworzone przez'),
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.creator) },
    },
  ],
})
