import { labels, siteScopedCollection, t } from '@platform'
import { availabilityHooks } from '../hooks/bumpAvailability'
import { LIMITS } from '../lib/validation'
import { GROUP, SERVICES } from '../slugs'

/**
 * Service: what a visitor books 1:1 (a consultation, a 50-minute session),
 * chosen first in the booking widget, like Cal.com's event types: its title
 * and description in Polish and English, its length and an optional price.
 * Slots for a service are the availability of the blocks that offer it (a
 * block with no services offers every service of the site), cut into meetings
 * of the service's length on the block's grid.
 */
export const Services = siteScopedCollection({
  slug: SERVICES,
  labels: labels(t('Service', 'Usługa'), t('Services', 'Usługi')),
  admin: { useAsTitle: 'titlePl', defaultColumns: ['titlePl', 'titleEn', 'durationMinutes', 'price', 'isActive'], group: GROUP },
  defaultSort: 'sortOrder',
  tenancy: { write: 'content' },
  hooks: availabilityHooks(),
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'titlePl', type: 'text', required: true, maxLength: 120, label: t('Title (PL)', 'Nazwa (PL)') },
        {
          name: 'titleEn',
          type: 'text',
          maxLength: 120,
          label: t('Title (EN)', 'Nazwa (EN)'),
          admin: { description: t('Empty: the Polish title is shown.', 'Puste: pokazujemy nazwę polską.') },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'descriptionPl', type: 'textarea', maxLength: 1000, label: t('Description (PL)', 'Opis (PL)') },
        { name: 'descriptionEn', type: 'textarea', maxLength: 1000, label: t('Description (EN)', 'Opis (EN)') },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'durationMinutes',
          type: 'number',
          required: true,
          defaultValue: 60,
          min: LIMITS.meetingLength.min,
          max: LIMITS.meetingLength.max,
          label: t('Length (minutes)', 'Długość (minuty)'),
        },
        {
          name: 'price',
          type: 'number',
          min: 0,
          max: 100_000,
          label: t('Price (PLN, empty: not shown)', 'Cena (zł, puste: bez ceny)'),
          admin: { step: 0.01 },
        },
        { name: 'sortOrder', type: 'number', defaultValue: 0, label: t('Order in the list', 'Kolejność na liście') },
      ],
    },
    { name: 'isActive', type: 'checkbox', defaultValue: true, index: true, label: t('Bookable', 'Dostępna do rezerwacji') },
  ],
})
