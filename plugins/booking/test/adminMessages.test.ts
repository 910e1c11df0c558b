/**
 * What the booking admin answers when an owner's availability or event is refused, in the owner's language
 * (Accept-Language, as the admin sends it), saying what to do, and nothing saved.
 */
import type { TestPlatform } from '@platform/testing'
import { createSite, createUser, PASSWORD, signIn, startTestPlatform } from '@platform/testing'
import { dayAhead } from './support'

let platform: TestPlatform

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
})

afterAll(async () => {
  await platform?.close()
})

const ownerSessions = async () => {
  const user = await createUser(platform.payload)
  const site = await createSite(platform.payload, user.id)
  return {
    site,
    user,
    en: await signIn(platform.baseURL, user.email, PASSWORD, { language: 'en' }),
    pl: await signIn(platform.baseURL, user.email, PASSWORD, { language: 'pl' }),
  }
}

const block = (site: number, extra: Record<string, unknown> = {}) => ({
  site,
  date: dayAhead(8),
  startTime: '09:00',
  endTime: '11:00',
  meetingLength: 60,
  timeSnapping: 30,
  bufferTime: 0,
  ...extra,
})

const message = (response: { body: any }) => response.body?.errors?.[0]?.message as string | undefined

const blocksOf = async (site: number) =>
  (await platform.payload.count({ collection: 'availability-blocks', where: { site: { equals: site } }, overrideAccess: true })).totalDocs // trusted: test inspection

it('refuses a repetition that ends before its date, and a meeting longer than the block, in either language', async () => {
  const { site, en, pl } = await ownerSessions()
  const backwards = block(site.id, { repeatWeekly: true, repeatUntil: dayAhead(1) })
  const english = await en.request('POST', '/api/availability-blocks', backwards)
  expect({ status: english.status, message: message(english) }).toEqual({
    status: 400,
    message: 'The last day of the repetition comes before the date: choose a later "Repeat until" date or leave it empty.',
  })
  expect(message(await pl.request('POST', '/api/availability-blocks', backwards))).toBe(
    'Koniec powtarzania wypada przed datą bloku – wybierz późniejszą datę w polu „Powtarzaj do” albo zostaw je puste.',
  )
  const tooLong = block(site.id, { meetingLength: 180 })
  expect(message(await pl.request('POST', '/api/availability-blocks', tooLong))).toBe(
    'Spotkanie nie mieści się między początkiem a końcem – skróć spotkanie albo wydłuż godziny.',
  )
  expect(await blocksOf(site.id)).toBe(0)
})

it("words a field's own check in the admin's language beside the field", async () => {
  const { site, en, pl } = await ownerSessions()
  const badMinutes = block(site.id, { meetingLength: 4 })
  const polish = await pl.request('POST', '/api/availability-blocks', badMinutes)
  expect(polish.status).toBe(400)
  expect(JSON.stringify(polish.body)).toContain('Podaj liczbę całkowitą od 5 do 480.')
  const english = await en.request('POST', '/api/availability-blocks', badMinutes)
  expect(JSON.stringify(english.body)).toContain('Enter a whole number from 5 to 480.')
  expect(await blocksOf(site.id)).toBe(0)
})
