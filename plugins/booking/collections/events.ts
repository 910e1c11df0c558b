import { labels, siteScopedCollection, t, validationMessage } from '@platform'
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
          validate: (value: unknown, { req, siblingData }: { req?: unknown; siblingData: Record<string, unknown> }) => {
            const start = siblingData?.startTime ? Date.parse(String(siblingData.startTime)) : NaN
            const end = value ? Date.parse(String(value)) : NaN
            if (Number.isNaN(end)) return validationMessage(req, t('Enter the end time.', 'Podaj godzinę zakończenia.'))
            return Number.isNaN(start) || end > start
              ? true
              : validationMessage(req, t('The end must be after the start.', 'Koniec musi być później niż początek.'))
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
      validate: (value: unknown, { req, siblingData }: { req?: unknown; siblingData: Record<string, unknown> }) => {
        const { min, max } = LIMITS.capacity
        if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
          return validationMessage(req, t(`Enter a whole number from ${min} to ${max}.`, `Podaj liczbę całkowitą od ${min} do ${max}.`))
        }
        return siblingData?.eventType === 'one_on_one' && value !== 1
          ? validationMessage(
              req,
              t('A 1:1 session has one seat: set 1, or make it a group class.', 'Sesja 1:1 ma jedno miejsce – wpisz 1 albo zmień rodzaj na zajęcia grupowe.'),
            )
          : true
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
