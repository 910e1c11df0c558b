/**
 * When an owner may not cancel an event (pure): once it has ended there is nobody to tell and nothing to give back
 * that the attendees have not had, so the admin says so instead of cancelling.
 */
import type { Lang } from '@platform/format'

export const cancellationRefusal = (endDate: string | null | undefined, now: Date, lang: Lang): string | undefined => {
  const end = Date.parse(String(endDate ?? ''))
  if (!Number.isFinite(end) || end > now.getTime()) return undefined
  return lang === 'pl'
    ? 'To wydarzenie już się odbyło, więc nie można go odwołać. Jeśli chcesz je ukryć, cofnij publikację.'
    : 'This event is already over, so it cannot be cancelled. To hide it, unpublish it.'
}
