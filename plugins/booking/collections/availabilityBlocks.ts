import { APIError } from 'payload'

import { labels, say, siteScopedCollection, t, validationMessage } from '@platform'
import { creatorField, hostFields } from '../fields/hostFields'
import { assignHost } from '../hooks/assignHost'
import { availabilityHooks } from '../hooks/bumpAvailability'
import { checkCalendarDate, checkEndAfterStart, checkMeetingFits, checkTimeOfDay, checkWholeMinutes, LIMITS } from '../lib/validation'
import { AVAILABILITY_BLOCKS, GROUP, SERVICES } from '../slugs'

/**
 * AvailabilityBlock: when a host takes 1:1 bookings. A date with a start and
 * end time of day in the site's time zone, split into meetings of
 * `meetingLength` starting on a `timeSnapping` grid, `bufferTime` kept free
 * around other events. `repeatWeekly` repeats it on the same weekday until
 * `repeatUntil` (inclusive, open-ended when empty), except on `exceptions`.
 * Dates are `YYYY-MM-DD` text: a calendar date, free of any time zone shift.
 */
export const AvailabilityBlocks = siteScopedCollection({
  slug: AVAILABILITY_BLOCKS,
  labels: labels(t('Availability block', 'Blok dostępności'), t('Availability', 'Dostępność')),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'date', 'startTime', 'endTime', 'repeatWeekly'],
    group: GROUP,
    // Most owners set hours in the weekly editor (/admin/working-hours); the list links there.
    components: { beforeList: ['/plugins/booking/admin/BookingNavLinks#WorkingHoursLink'] },
  },
  tenancy: { write: 'hosting', hostField: 'assignedToTeamMember' },
  hooks: {
    ...availabilityHooks(),
    beforeChange: [
      assignHost,
      ({ data, originalDoc, req }) => {
        const merged = { ...originalDoc, ...data }
        const fits = checkMeetingFits(merged)
        if (fits !== true) throw new APIError(say(req, fits), 400)
        if (merged.repeatUntil && merged.date && String(merged.repeatUntil) < String(merged.date)) {
          throw new APIError(
            say(
              req,
              t(
                'The last day of the repetition comes before the date: choose a later "Repeat until" date or leave it empty.',
                'Koniec powtarzania wypada przed datą bloku – wybierz późniejszą datę w polu „Powtarzaj do” albo zostaw je puste.',
              ),
            ),
            400,
          )
        }
        return data
      },
    ],
  },
  fields: [
    { name: 'title', type: 'text', maxLength: 200, label: t('Title', 'Tytuł'), defaultValue: ({ req }) => say(req, t('Availability', 'Dostępność')) },
    {
      type: 'row',
      fields: [
        {
          name: 'date',
          type: 'text',
          required: true,
          index: true,
          label: t('Date', 'Data'),
          validate: (value: unknown, { req }: { req?: unknown }) => validationMessage(req, checkCalendarDate(value)),
          admin: { components: { Field: '/plugins/booking/admin/PickerFields#DatePickerField' } },
        },
        {
          name: 'startTime',
          type: 'text',
          required: true,
          label: t('From', 'Od'),
          validate: (value: unknown, { req }: { req?: unknown }) => validationMessage(req, checkTimeOfDay(value)),
          admin: { components: { Field: '/plugins/booking/admin/PickerFields#TimePickerField' } },
        },
        {
          name: 'endTime',
          type: 'text',
          required: true,
          label: t('To', 'Do'),
          admin: { components: { Field: '/plugins/booking/admin/PickerFields#TimePickerField' } },
          validate: (value: unknown, { req, siblingData }: { req?: unknown; siblingData: Record<string, unknown> }) => {
            const shape = checkTimeOfDay(value, { end: true })
            return validationMessage(req, shape === true ? checkEndAfterStart(siblingData?.startTime, value) : shape)
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'meetingLength',
          type: 'number',
          required: true,
          defaultValue: 60,
          min: LIMITS.meetingLength.min,
          max: LIMITS.meetingLength.max,
          label: t('Meeting length (min)', 'Długość spotkania (min)'),
          validate: (value: unknown, { req }: { req?: unknown }) => validationMessage(req, checkWholeMinutes(value, 'meetingLength')),
        },
        {
          name: 'timeSnapping',
          type: 'number',
          required: true,
          defaultValue: 30,
          min: LIMITS.timeSnapping.min,
          max: LIMITS.timeSnapping.max,
          label: t('Start every (min)', 'Początek co (min)'),
          validate: (value: unknown, { req }: { req?: unknown }) => validationMessage(req, checkWholeMinutes(value, 'timeSnapping')),
        },
        {
          name: 'bufferTime',
          type: 'number',
          required: true,
          defaultValue: 0,
          min: LIMITS.bufferTime.min,
          max: LIMITS.bufferTime.max,
          label: t('Buffer before and after (min)', 'Przerwa przed i po (min)'),
          validate: (value: unknown, { req }: { req?: unknown }) => validationMessage(req, checkWholeMinutes(value, 'bufferTime')),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'repeatWeekly', type: 'checkbox', defaultValue: false, label: t('Repeat every week', 'Powtarzaj co tydzień') },
        {
          name: 'repeatUntil',
          type: 'text',
          label: t('Repeat until (empty: no end)', 'Powtarzaj do (puste: bez końca)'),
          validate: (value: unknown, { req }: { req?: unknown }) => validationMessage(req, checkCalendarDate(value, { optional: true })),
          admin: {
            condition: (_, siblingData) => Boolean(siblingData?.repeatWeekly),
            components: { Field: '/plugins/booking/admin/PickerFields#DatePickerField' },
          },
        },
      ],
    },
    {
      name: 'exceptions',
      type: 'array',
      maxRows: 366,
      label: t('Days off (exceptions)', 'Dni wolne (wyjątki)'),
      labels: labels(t('Day off', 'Dzień wolny'), t('Days off', 'Dni wolne')),
      admin: { condition: (_, siblingData) => Boolean(siblingData?.repeatWeekly) },
      fields: [
        {
          name: 'date',
          type: 'text',
          required: true,
          label: t('Date', 'Data'),
          validate: (value: unknown, { req }: { req?: unknown }) => validationMessage(req, checkCalendarDate(value)),
          admin: { components: { Field: '/plugins/booking/admin/PickerFields#DatePickerField' } },
        },
      ],
    },
    {
      name: 'services',
      type: 'relationship',
      relationTo: SERVICES,
      hasMany: true,
      label: t('Services booked in these hours', 'Usługi do rezerwacji w tych godzinach'),
      admin: {
        description: t(
          "Empty: every service of the site. A service takes its own length; the start grid and the buffer stay these hours'.",
          'Puste: wszystkie usługi strony. Usługa ma własną długość; siatka początków i przerwa są z tych godzin.',
        ),
      },
    },
    ...hostFields(),
    creatorField(),
  ],
})
