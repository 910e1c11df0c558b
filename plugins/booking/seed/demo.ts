/**
 * Booking demo for Anna's site (the contract's `seed`, run after the core demo): settings, three services (PL/EN, lengths,
 * prices), weekly availability (Anna on Monday
 * and Wednesday mornings, Ewa on Tuesday evenings, one day off) and one group
 * workshop, dated from the day the seed runs so `npm run dev` always shows
 * bookable slots. Trusted seed code: overrideAccess throughout.
 */
import type { DemoSeed } from '@platform'

import { dateInZone, dateOfDayNumber, dayNumber, wallToInstant, weekdayOfDayNumber } from '../lib/wallClock'

const ZONE = 'Europe/Warsaw'

/** The next given weekday (0 = Sunday) strictly after today, in Warsaw, as a day number. */
const nextWeekday = (today: number, weekday: number) => today + ((weekday - weekdayOfDayNumber(today) + 7) % 7 || 7)

/** The demo's coaching site, the one with a team member (Ewa, an editor, who may host). */
const DEMO_SITE = 'anna-coaching'

export const seedBookingDemo: DemoSeed = async ({ payload, sites, teamMembers }) => {
  const site = sites.find((candidate) => candidate.identifier === DEMO_SITE)
  const member = teamMembers.find((candidate) => candidate.siteId === site?.id)
  if (!site || !member) return
  const { id: siteId, ownerId } = site
  const memberId = member.id
  const today = dayNumber(dateInZone(Date.now(), ZONE))
  await payload.create({
    collection: 'booking-settings',
    data: { site: siteId, minimumNoticeMinutes: 120, bookingWindowDays: 60, cancelCutoffHours: 24, timeZone: ZONE },
    overrideAccess: true,
  })
  const service = async (data: Record<string, unknown>) =>
    (await payload.create({ collection: 'booking-services', data: { site: siteId, ...data } as never, overrideAccess: true })).id
  const session = await service({
    titlePl: 'Sesja coachingowa',
    titleEn: 'Coaching session',
    descriptionPl: 'Godzina pracy nad Twoim celem: od diagnozy do planu działania.',
    descriptionEn: 'An hour working on your goal, from where you are to a plan of action.',
    durationMinutes: 60,
    price: 250,
    sortOrder: 1,
  })
  const intro = await service({
    titlePl: 'Konsultacja wstępna',
    titleEn: 'Introductory call',
    descriptionPl: 'Krótka rozmowa: poznajmy się i sprawdźmy, czy coaching jest dla Ciebie.',
    descriptionEn: 'A short call to get to know each other and see whether coaching suits you.',
    durationMinutes: 30,
    sortOrder: 2,
  })
  const evening = await service({
    titlePl: 'Konsultacja wieczorna',
    titleEn: 'Evening consultation',
    descriptionPl: 'Spotkanie z Ewą po pracy.',
    descriptionEn: 'A meeting with Ewa after work.',
    durationMinutes: 45,
    price: 150,
    sortOrder: 3,
  })
  const weekly = [
    { title: 'Sesja coachingowa', weekday: 1, startTime: '09:00', endTime: '13:00', host: { assignedToOwner: ownerId }, services: [session, intro] },
    { title: 'Sesja coachingowa', weekday: 3, startTime: '09:00', endTime: '13:00', host: { assignedToOwner: ownerId }, services: [session, intro] },
    { title: 'Konsultacja wieczorna', weekday: 2, startTime: '16:00', endTime: '19:00', host: { assignedToTeamMember: memberId }, services: [evening] },
  ]
  for (const block of weekly) {
    const first = nextWeekday(today, block.weekday)
    await payload.create({
      collection: 'availability-blocks',
      data: {
        site: siteId,
        title: block.title,
        date: dateOfDayNumber(first),
        startTime: block.startTime,
        endTime: block.endTime,
        meetingLength: 60,
        timeSnapping: 30,
        bufferTime: 15,
        repeatWeekly: true,
        // The third occurrence is a day off, to show exceptions.
        exceptions: [{ date: dateOfDayNumber(first + 14) }],
        showHost: true,
        services: block.services,
        ...block.host,
      },
      overrideAccess: true,
    })
  }
  const saturday = nextWeekday(today, 6)
  const start = wallToInstant(saturday, 10 * 60, ZONE)
  await payload.create({
    collection: 'events',
    data: {
      site: siteId,
      title: 'Warsztat: spokój w stresie',
      description: 'Zajęcia grupowe dla 8 osób. / A group workshop for 8 people.',
      eventType: 'group',
      capacity: 8,
      status: 'scheduled',
      startTime: new Date(start).toISOString(),
      endTime: new Date(start + 3 * 3_600_000).toISOString(),
      assignedToOwner: ownerId,
      showHost: true,
    },
    overrideAccess: true,
  })
}
