/**
 * A time-zone field: stored as its IANA id in a `text` column (`Europe/Warsaw`; no schema change for an existing text
 * field), picked in the admin from a searchable list of zones by name ("Londyn – czas uniwersalny"), shown by name
 * in lists and when read-only, and refused unless Intl knows the zone.
 *
 *   fields: [timeZoneField({ name: 'timeZone', required: true, defaultValue: 'Europe/Warsaw' })]
 */
import type { TextField } from 'payload'

import type { Bilingual } from '../i18n/labels'
import { t } from '../i18n/labels'
import { validationMessage } from '../i18n/requestLocale'
import { isKnownTimeZone } from '../i18n/timeZones'

export type TimeZoneFieldOptions = {
  /** @default 'timeZone' */
  name?: string
  /** @default Time zone / Strefa czasowa */
  label?: Bilingual
  defaultValue?: string
  required?: boolean
  /** Shown by name and never validated (a value the reader cannot change must not block a save). */
  readOnly?: boolean
  /** Field-level access, e.g. `{ create: nobodyField, update: nobodyField }` beside `readOnly`. */
  access?: TextField['access']
  /** Payload's admin options (position, description, condition); the picker and list cell are added. */
  admin?: Omit<NonNullable<TextField['admin']>, 'readOnly'>
}

export const TIME_ZONE_REFUSED = t('Choose a time zone from the list.', 'Wybierz strefę czasową z listy.')

/** `true`, or the bilingual reason a value is not a time zone (empty is fine unless `required`). */
export const checkTimeZoneValue = (value: unknown, { required = false }: { required?: boolean } = {}): true | Bilingual => {
  if (value === undefined || value === null || value === '') return required ? TIME_ZONE_REFUSED : true
  return isKnownTimeZone(value) ? true : TIME_ZONE_REFUSED
}

export const timeZoneField = ({
  name = 'timeZone',
  label = t('Time zone', 'Strefa czasowa'),
  defaultValue,
  required = false,
  readOnly = false,
  access,
  admin = {},
}: TimeZoneFieldOptions = {}): TextField => ({
  name,
  type: 'text',
  maxLength: 64,
  label,
  required,
  ...(defaultValue !== undefined ? { defaultValue } : {}),
  ...(access ? { access } : {}),
  validate: (value: unknown, { req }: { req?: unknown }) => (readOnly ? true : validationMessage(req, checkTimeZoneValue(value, { required }))),
  admin: {
    ...admin,
    readOnly,
    components: {
      ...admin.components,
      Field: '/src/platform/fields/admin/TimeZoneField#TimeZoneField',
      Cell: '/src/platform/fields/admin/TimeZoneField#TimeZoneCell',
    },
  },
})
