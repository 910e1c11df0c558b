/**
 * The owner's admin for big events, as import-map paths and config pieces the collection uses (run
 * `npm run generate` after changing a path): the questions editor, the publish/cancel actions, the list's cells and
 * the Attendees tab. Server-safe: no React here.
 */
import type { CollectionConfig, Field } from 'payload'

import { definePluginTranslations, t } from '@platform'

const DIR = '/plugins/big-events/admin'

export const QUESTIONS_FIELD = `${DIR}/QuestionsField#QuestionsField`
export const SEATS_CELL = `${DIR}/SeatsCell#SeatsCell`
export const PRICE_CELL = `${DIR}/PriceCell#PriceCell`

/** Publish / unpublish / cancel, in the sidebar under the status. */
export const eventActionsField: Field = {
  name: 'eventActions',
  type: 'ui',
  label: t('Publishing', 'Publikacja'),
  admin: { position: 'sidebar', components: { Field: `${DIR}/EventActions#EventActions` } },
}

/** The tab's label (`big-events:attendeesTab`). */
export const adminTabTexts = definePluginTranslations('big-events', { pl: { attendeesTab: 'Uczestnicy' }, en: { attendeesTab: 'Attendees' } })

/** The event's "Uczestnicy" tab: /admin/collections/big-events/:id/attendees. */
export const attendeesViews: NonNullable<NonNullable<NonNullable<CollectionConfig['admin']>['components']>['views']> = {
  edit: {
    attendees: {
      Component: `${DIR}/AttendeesView#AttendeesView`,
      path: '/attendees',
      tab: { href: '/attendees', order: 150, label: ({ t: translate }) => (translate as (key: string) => string)('big-events:attendeesTab') },
    },
  },
}
