import { labels, siteScopedCollection, t } from '@platform'
import { creatorField, hostFields } from '../fields/hostFields'
import { assignHost } from '../hooks/assignHost'
import { availabilityHooks } from '../hooks/bumpAvailability'
import { keepBookedEvents } from '../hooks/keepBookedEvents'
import { LIMITS } from '../lib/validation'
import { EVENTS, GROUP, SERVICES } from '../slugs'

/**
 * Event: a 1:1 session (made by a booking or by hand) or a group class with a
 * capacity, run by the owner or a team member. Scheduled events block their
 * host's bookable slots; group events offer their remaining seats.
 */
export const Events = siteScopedCollection({
  slug: EVENTS,
  labels: labels(t('Event', 'Wydarzenie'), t('Events', 'Wydarzenia')),
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'startTime', 'eventType', 'capacity', 'status', 'site'], group: GROUP },
  defaultSort: 'startTime',
  // Hosts create events for themselves only (assignHost refuses anyone else).
  tenancy: { write: 'hosting', delete: 'content', hostField: 'assignedToTeamMember' },
  hooks: {
    ...availabilityHooks(),
    beforeValidate: [
      ({ data }) => {
        if (data && data.eventType === 'one_on_one' && data.capacity === undefined) data.capacity = 1
        return data
      },
    ],
    beforeChange: [assignHost],
    beforeDelete: [keepBookedEvents],
  },
  indexes: [{ fields: ['site', 'startTime'] }],
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200, label: t('Title', 'Tytuł') },
    { name: 'description', type: 'textarea', maxLength: 5000, label: t('Description', 'Opis') },
    {
      type: 'row',
      fields: [
        { name: 'startTime', type: 'date', required: true, index: true, label: t('Starts', 'Początek'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
        {
          name: 'endTime',
          type: 'date',
          required: true,
          label: t('Ends', 'Koniec'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
            const start = siblingData?.startTime ? Date.parse(String(siblingData.startTime)) : NaN
            const end = value ? Date.parse(String(value)) : NaN
            if (Number.isNaN(end)) return 'Enter the end time.'
            return Number.isNaN(start) || end > start ? true : 'The end must be after the start.'
          },
        },
      ],
    },
    {
      name: 'eventType',
      type: 'select',
      required: true,
      defaultValue: 'one_on_one',
      label: t('Type', 'Rodzaj'),
      options: [
        { value: 'one_on_one', label: t('1:1 session', 'Sesja 1:1') },
        { value: 'group', label: t('Group class', 'Zajęcia grupowe') },
      ],
    },
    {
      name: 'capacity',
      type: 'number',
      required: true,
      defaultValue: 1,
      min: LIMITS.capacity.min,
      max: LIMITS.capacity.max,
      label: t('Capacity (seats)', 'Liczba miejsc'),
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
        if (typeof value !== 'number' || !Number.isInteger(value) || value < LIMITS.capacity.min || value > LIMITS.capacity.max) {
          return `Enter a whole number from ${LIMITS.capacity.min} to ${LIMITS.capacity.max}.`
        }
        return siblingData?.eventType === 'one_on_one' && value !== 1 ? 'A 1:1 session has one seat.' : true
      },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'scheduled',
      index: true,
      label: t('Status', 'Status'),
      options: [
        { value: 'scheduled', label: t('Scheduled', 'Zaplanowane') },
        { value: 'cancelled', label: t('Cancelled', 'Odwołane') },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'attendees',
      type: 'relationship',
      relationTo: 'clients',
      hasMany: true,
      label: t('Attendees', 'Uczestnicy'),
      filterOptions: ({ siblingData }) => {
        const site = (siblingData as { site?: unknown } | undefined)?.site
        const siteId = typeof site === 'object' && site ? (site as { id: unknown }).id : site
        return siteId ? { site: { equals: siteId } } : true
      },
    },
    {
      name: 'service',
      type: 'relationship',
      relationTo: SERVICES,
      label: t('Service', 'Usługa'),
      admin: { position: 'sidebar', description: t('The service a visitor booked (1:1).', 'Usługa zarezerwowana przez klienta (1:1).') },
    },
    ...hostFields(),
    creatorField(),
  ],
})
