import type { Field } from 'payload'

import { t } from '@platform'

/**
 * A site's newsletter setting: whether its emails carry the open pixel and tracked (signed, redirected) links
 * for each subscriber. Off, they carry neither: no opens or clicks are recorded at all (a delivery records
 * only that it was sent), so the only totals are the numbers of emails sent.
 */
export const TRACK_INDIVIDUALS = 'newsletterTrackIndividuals'

export const trackIndividualsField: Field = {
  name: TRACK_INDIVIDUALS,
  type: 'checkbox',
  defaultValue: true,
  label: t('Track opens and clicks of individual subscribers', 'Śledź otwarcia i kliknięcia poszczególnych subskrybentów'),
  admin: {
    description: t(
      'Newsletter emails then carry an invisible image and links through the platform. Off: no opens or clicks are recorded, only how many emails were sent.',
      'Wiadomości newslettera zawierają wtedy niewidoczny obrazek i linki prowadzące przez platformę. Wyłączone: otwarcia i kliknięcia nie są zapisywane, tylko liczba wysłanych wiadomości.',
    ),
  },
}

/** The setting as the sending reads it (a site from before the field existed tracks, as the default says). */
export const tracksIndividuals = (site: Record<string, unknown> | null | undefined): boolean => site?.[TRACK_INDIVIDUALS] !== false
