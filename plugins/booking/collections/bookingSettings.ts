import { labels, siteScopedCollection, t, timeZoneField, validationMessage } from '@platform'
import { checkWholeMinutes, LIMITS } from '../lib/validation'
import { availabilityHooks } from '../hooks/bumpAvailability'
import { BOOKING_SETTINGS, GROUP } from '../slugs'

/** Defaults for a site without its own settings (also the fields' defaults). */
export const DEFAULT_BOOKING_SETTINGS = {
  minimumNoticeMinutes: 120,
  bookingWindowDays: 60,
  cancelCutoffHours: 24,
  timeZone: 'Europe/Warsaw',
} as const

/** Booking settings: one per site (unique site). */
export const BookingSettings = siteScopedCollection({
  slug: BOOKING_SETTINGS,
  labels: labels(t('Booking settings', 'Ustawienia rezerwacji'), t('Booking settings', 'Ustawienia rezerwacji')),
  // Titled by the site's name (a virtual field read through the relationship; no column): the zone's id is no title.
  admin: { useAsTitle: 'siteName', defaultColumns: ['site', 'minimumNoticeMinutes', 'bookingWindowDays', 'cancelCutoffHours', 'timeZone'], group: GROUP },
  tenancy: { write: 'manage', siteField: { unique: true } },
  hooks: availabilityHooks(),
  fields: [
    { name: 'siteName', type: 'text', virtual: 'site.name', label: t('Site', 'Strona'), admin: { hidden: true } },
    {
      name: 'minimumNoticeMinutes',
      type: 'number',
      required: true,
      defaultValue: DEFAULT_BOOKING_SETTINGS.minimumNoticeMinutes,
      min: LIMITS.minimumNoticeMinutes.min,
      max: LIMITS.minimumNoticeMinutes.max,
      label: t('Minimum notice (minutes)', 'Minimalne wyprzedzenie (minuty)'),
      validate: (value: unknown, { req }: { req?: unknown }) => validationMessage(req, checkWholeMinutes(value, 'minimumNoticeMinutes')),
    },
    {
      name: 'bookingWindowDays',
      type: 'number',
      required: true,
      defaultValue: DEFAULT_BOOKING_SETTINGS.bookingWindowDays,
      min: LIMITS.bookingWindowDays.min,
      max: LIMITS.bookingWindowDays.max,
      label: t('Bookable up to (days ahead)', 'Rezerwacje z wyprzedzeniem do (dni)'),
      validate: (value: unknown, { req }: { req?: unknown }) => validationMessage(req, checkWholeMinutes(value, 'bookingWindowDays')),
    },
    {
      name: 'cancelCutoffHours',
      type: 'number',
      required: true,
      defaultValue: DEFAULT_BOOKING_SETTINGS.cancelCutoffHours,
      min: LIMITS.cancelCutoffHours.min,
      max: LIMITS.cancelCutoffHours.max,
      label: t('No cancelling or moving within (hours)', 'Odwołania i zmiany najpóźniej (godzin przed)'),
      validate: (value: unknown, { req }: { req?: unknown }) => validationMessage(req, checkWholeMinutes(value, 'cancelCutoffHours')),
    },
    timeZoneField({ name: 'timeZone', required: true, defaultValue: DEFAULT_BOOKING_SETTINGS.timeZone }),
  ],
})
