/**
 * Services for the widget (pure): which availability blocks offer a service
 * and with what meeting length, the service as visitors see it in their
 * language, and slots counted per calendar day in the visitor's zone (the
 * widget's compact first answer).
 */
import type { AvailabilityBlockInput, Slot } from './slots'
import { dateInZone } from './wallClock'

export type ServiceLocale = 'pl' | 'en'

export type ServiceRecord = {
  id: string | number
  titlePl: string
  titleEn?: string | null
  descriptionPl?: string | null
  descriptionEn?: string | null
  durationMinutes: number
  price?: number | null
}

/** What the widget shows of a service: its title and description in the visitor's language (Polish when there is no English), length, price in grosze. */
export type PublicService = {
  id: string
  kind: 'one_on_one' | 'group'
  title: string
  description?: string
  duration?: number
  price?: number
}

export const serviceTitle = (service: Pick<ServiceRecord, 'titlePl' | 'titleEn'>, locale: ServiceLocale): string =>
  (locale === 'en' && service.titleEn?.trim()) || service.titlePl

export const publicService = (service: ServiceRecord, locale: ServiceLocale): PublicService => {
  const description = ((locale === 'en' && service.descriptionEn?.trim()) || service.descriptionPl?.trim()) ?? ''
  return {
    id: String(service.id),
    kind: 'one_on_one',
    title: serviceTitle(service, locale),
    ...(description ? { description } : {}),
    duration: service.durationMinutes,
    ...(typeof service.price === 'number' && service.price > 0 ? { price: Math.round(service.price * 100) } : {}),
  }
}

/**
 * The blocks a service is booked in (those naming it, or naming no service at all), each cut into
 * meetings of the service's length on the block's own grid and buffer.
 */
export const blocksForService = (
  blocks: readonly AvailabilityBlockInput[],
  servicesOf: (blockId: string) => readonly string[] | undefined,
  service: { id: string | number; durationMinutes: number },
): AvailabilityBlockInput[] =>
  blocks
    .filter((block) => {
      const offered = servicesOf(block.id) ?? []
      return offered.length === 0 || offered.includes(String(service.id))
    })
    .map((block) => ({ ...block, meetingLength: service.durationMinutes }))

/** Free slots per calendar day in `zone`, in date order: `{ '2026-12-01': 7, … }` (days without slots are left out). */
export const countByDay = (slots: readonly Pick<Slot, 'start'>[], zone: string): Record<string, number> => {
  const counts = new Map<string, number>()
  for (const slot of slots) {
    const date = dateInZone(slot.start, zone)
    counts.set(date, (counts.get(date) ?? 0) + 1)
  }
  return Object.fromEntries([...counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}
