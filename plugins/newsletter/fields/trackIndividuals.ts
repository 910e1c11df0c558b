import type { Field } from 'payload'

import { t } from '@platform'

/**
 * A site setting: record each subscriber's opens and clicks (on by default). Off, the tracking endpoints keep only
 * the campaign's anonymous totals: no delivery's openedAt/clickedAt, no subscriber's counters.
 */
export const trackIndividualsField: Field = {
  name: 'newsletterTrackIndividuals',
  type: 'checkbox',
  defaultValue: true,
  label: t("Track individual subscribers' opens and clicks", 'Śledź otwarcia i kliknięcia poszczególnych subskrybentów'),
}
