import type { Field } from 'payload'

import { t } from '@platform'

/**
 * A site's newsletter setting: whether its emails carry the open pixel and tracked (signed, redirected) links
 * for each subscriber. Off, a campaign's emails carry them with the campaign's token instead (the same for every
 * recipient, lib/tracking.ts), so only the campaign's anonymous totals and per-link counts grow (every open
 * counts); a delivery records only that it was sent, and digests are not tracked.
 */
export const TRACK_INDIVIDUALS = 'newsletterTrackIndividuals'

export const trackIndividualsField: Field = {
  name: TRACK_INDIVIDUALS,
  type: 'checkbox',
  defaultValue: true,
  label: t('Track opens and clicks of individual subscribers', 'Śledź otwarcia i kliknięcia poszczególnych subskrybentów'),
  admin: {
    description: t(
      'Newsletter emails carry an invisible image and links through the platform that record each subscriber’s opens and clicks. Off: only each campaign’s total opens and clicks are counted, without knowing who opened (every open counts, so there may be more opens than emails sent); digests are then not tracked.',
      'Wiadomości newslettera zawierają niewidoczny obrazek i linki prowadzące przez platformę, które zapisują otwarcia i kliknięcia każdego subskrybenta. Wyłączone: liczymy tylko łączne otwarcia i kliknięcia każdej kampanii, bez wiedzy, kto je wykonał (liczy się każde otwarcie, więc otwarć może być więcej niż wysłanych wiadomości); podsumowania nie są wtedy śledzone.',
    ),
  },
}

/** The setting as the sending reads it (a site from before the field existed tracks, as the default says). */
export const tracksIndividuals = (site: Record<string, unknown> | null | undefined): boolean => site?.[TRACK_INDIVIDUALS] !== false
