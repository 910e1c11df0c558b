import { labels, siteScopedCollection, t, validationMessage } from '@platform'
import { checkTimeZone, checkWholeMinutes, LIMITS } from '../lib/validation'
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
  admin: { useAsTitle: 'timeZone', defaultColumns: ['site', 'minimumNoticeMinutes', 'bookingWindowDays', 'cancelCutoffHours', 'timeZone'], group: GROUP },
  tenancy: { write: 'manage', siteField: { unique: true } },
  hooks: availabilityHooks(),
  fields: [
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
    {
      name: 'timeZone',
      type: 'text',
      required: true,
      defaultValue: DEFAULT_BOOKING_SETTINGS.timeZone,
      label: t('Time zone', 'Strefa czasowa'),
      validate: (value: unknown, { req }: { req?: unknown }) => validationMessage(req, checkTimeZone(value)),
    },
  ],
})
