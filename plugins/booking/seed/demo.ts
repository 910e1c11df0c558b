/**
 * Booking demo (the contract's `seed`, run after the core demo), dated from the day the seed runs so
 * `npm run dev` always shows bookable times:
 * - Anna's coaching site: settings, three services (PL/EN, lengths, prices), weekly availability (Anna on Monday
 *   and Wednesday mornings, Ewa on Tuesday evenings, one day off) and one group workshop;
 * - Marek's yoga studio: its weekly class timetable (STUDIO_TIMETABLE: hatha, vinyasa, pilates, beginners,
 *   meditation) as group classes with seats for the next STUDIO_WEEKS weeks, so the "Grafik i zapisy"
 *   section lists real classes.
 * Trusted seed code: overrideAccess throughout.
 */
import type { DemoSeed } from '@platform'
import { demoSite } from '@platform'

import { dateInZone, dateOfDayNumber, dayNumber, wallToInstant, weekdayOfDayNumber } from '../lib/wallClock'

const ZONE = 'Europe/Warsaw'

/** The next given weekday (0 = Sunday) strictly after today, in Warsaw, as a day number. */
const nextWeekday = (today: number, weekday: number) => today + ((weekday - weekdayOfDayNumber(today) + 7) % 7 || 7)

/** How many weeks of classes the studio's timetable is seeded for. */
export const STUDIO_WEEKS = 6

/** The studio's week (Warsaw time): weekday (0 = Sunday), start, length in minutes, seats. Titles and descriptions as the owner writes them. */
export const STUDIO_TIMETABLE = [
  {
    weekday: 1,
    start: '18:00',
    minutes: 75,
    capacity: 12,
    title: 'Hatha joga',
    description: 'Spokojna praktyka dla początkujących i średniozaawansowanych. / A calm practice for beginners and intermediates.',
  },
  {
    weekday: 2,
    start: '07:30',
    minutes: 60,
    capacity: 10,
    title: 'Vinyasa flow (poranna)',
    description: 'Dynamiczna sekwencja w rytmie oddechu. / A dynamic morning sequence moving with the breath.',
  },
  {
    weekday: 3,
    start: '18:30',
    minutes: 60,
    capacity: 12,
    title: 'Pilates',
    description: 'Wzmacnianie mięśni głębokich, praca na macie. / Deep core strength, mat work.',
  },
  {
    weekday: 4,
    start: '18:00',
    minutes: 75,
    capacity: 10,
    title: 'Joga dla początkujących',
    description: 'Podstawy pozycji i oddechu, bez pośpiechu. / Poses and breathing from the start, unhurried.',
  },
  { weekday: 6, start: '10:00', minutes: 90, capacity: 14, title: 'Vinyasa flow', description: 'Dłuższa, weekendowa praktyka. / A longer weekend practice.' },
  {
    weekday: 0,
    start: '19:00',
    minutes: 45,
    capacity: 15,
    title: 'Medytacja',
    description: 'Cicha praktyka na koniec tygodnia. / A quiet practice to end the week.',
  },
] as const

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))

/** The studio's settings and its timetable's classes, one group event per class and week, from tomorrow on. */
const seedStudioTimetable: DemoSeed = async (context) => {
  const { payload } = context
  // The yoga studio (the yoga-studio starter, whose booking section is its class schedule).
  const site = demoSite(context, 'studio')
  if (!site) return
  await payload.create({
    collection: 'booking-settings',
    data: { site: site.id, minimumNoticeMinutes: 60, bookingWindowDays: STUDIO_WEEKS * 7, cancelCutoffHours: 12, timeZone: ZONE },
    overrideAccess: true, // seed
  })
  const today = dayNumber(dateInZone(Date.now(), ZONE))
  for (let week = 0; week < STUDIO_WEEKS; week++) {
    for (const item of STUDIO_TIMETABLE) {
      const day = nextWeekday(today, item.weekday) + week * 7
      const start = wallToInstant(day, minutesOf(item.start), ZONE)
      await payload.create({
        collection: 'events',
        data: {
          site: site.id,
          title: item.title,
          description: item.description,
          eventType: 'group',
          capacity: item.capacity,
          status: 'scheduled',
          startTime: new Date(start).toISOString(),
          endTime: new Date(start + item.minutes * 60_000).toISOString(),
          assignedToOwner: site.ownerId,
          // The team section names the instructors; the account holding the calendar is the studio's owner.
          showHost: false,
        },
        overrideAccess: true, // seed
      })
    }
  }
}

export const seedBookingDemo: DemoSeed = async (context) => {
  await seedCoachingDemo(context)
  await seedStudioTimetable(context)
}

const seedCoachingDemo: DemoSeed = async (context) => {
  const { payload } = context
  // The coaching site, the one with a team member (Ewa, an editor, who may host).
  const site = demoSite(context, 'coach')
  const member = site?.teamMembers[0]
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
    (await payload.create({ collection: 'booking-services', data: { site: siteId, ...data } as never, overrideAccess: true })).id // trusted: demo seed
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
