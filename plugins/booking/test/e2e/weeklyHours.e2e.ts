/**
 * The weekly-hours editor in a real browser (production build, seeded demo): Anna adds a Friday range with the
 * 24-hour time pickers (lists of quarter hours, never the OS's 01:00 PM), sees an overlap refused beside the range, sets a Monday off as a date override
 * (picked on a calendar in Polish: `21 grudnia 2026`, never the OS's 12/21/2026) and saves, on a
 * desktop; then, at 390 px, adds a Sunday range and saves (Saturday morning holds the demo's workshop). The public slots of her site follow each save.
 */
import type { Page } from 'playwright-core'

import { expect, seriousViolations, signIn, test } from '@platform/e2e'
import { addDays, todayIn } from '../../lib/calendarGrid'
import { nextWeekday } from '../../lib/weeklyHours'
import { dayNumber, wallToInstant } from '../../lib/wallClock'

const POLISH = { locale: 'pl-PL', timezoneId: 'Europe/Warsaw' }
const ZONE = 'Europe/Warsaw'

/** Warsaw wall times of the public slots starting on a date (every host's). */
const slotTimesOn = async (page: Page, baseURL: string, date: string): Promise<string[]> => {
  const from = new Date(wallToInstant(dayNumber(date), 0, ZONE)).toISOString()
  const to = new Date(wallToInstant(dayNumber(date) + 1, 0, ZONE)).toISOString()
  const response = await page.request.get(`${baseURL}/api/public/sites/anna-coaching/slots?from=${from}&to=${to}&tz=${ZONE}`)
  expect(response.ok(), `slots: ${response.status()}`)
  const body = (await response.json()) as { slots: { kind: string; startLocal: string }[] }
  return body.slots.filter((slot) => slot.kind === 'one_on_one').map((slot) => slot.startLocal.slice(11, 16))
}

/** `21 grudnia 2026`, or with the weekday (`poniedziałek, 21 grudnia 2026`) as the calendar names its days. */
const polishLongDate = (date: string, withWeekday = false) =>
  new Intl.DateTimeFormat('pl-PL', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric', ...(withWeekday ? { weekday: 'long' } : {}) }).format(
    new Date(`${date}T12:00:00Z`),
  )

const dayRow = (page: Page, index: number) => page.getByTestId(`weekly-hours-day-${index}`)

const save = async (page: Page) => {
  await page.getByRole('button', { name: 'Zapisz godziny' }).click()
  await page.getByTestId('weekly-hours-status').filter({ hasText: 'Zapisano godziny pracy.' }).waitFor()
}

test('the owner edits her weekly hours and a date override on a desktop and a phone; the public slots follow', async ({ newPage, screenshot, baseURL }) => {
  const page = await newPage(POLISH)
  await signIn(page, 'anna@example.com')
  // Dates clear of the minimum notice: the next Friday, Sunday and Monday at least two days ahead.
  const soon = addDays(todayIn(ZONE), 2)
  const friday = nextWeekday(soon, 4)
  const sunday = nextWeekday(soon, 6)
  const monday = nextWeekday(soon, 0)
  expect((await slotTimesOn(page, baseURL, monday)).length > 0, 'the demo has no Monday hours to take away')

  await page.goto('/admin/working-hours')
  await page.getByTestId('weekly-hours').waitFor()
  await page.getByRole('heading', { name: 'Godziny w tygodniu' }).waitFor()
  expect((await dayRow(page, 4).getByTestId('weekly-hours-range').count()) === 0, 'Friday already has hours in the demo')

  // Friday: add a range and choose 13:00–15:00 with the time pickers: lists of 24-hour quarter hours, whatever the
  // OS's clock setting (<input type="time"> showed 01:00 PM here).
  await dayRow(page, 4).getByRole('button', { name: 'Dodaj przedział' }).click()
  await dayRow(page, 4).getByLabel('Piątek: Od').selectOption('13:00')
  await dayRow(page, 4).getByLabel('Piątek: Do').selectOption('15:00')
  const fromPicker = dayRow(page, 4).getByLabel('Piątek: Od')
  expect((await fromPicker.evaluate((element) => element.tagName)) === 'SELECT', 'the start time is not a list of times')
  const offered = await fromPicker.locator('option').allInnerTexts()
  expect(
    offered.includes('13:45') && offered.includes('23:45') && !offered.some((option) => /AM|PM/i.test(option)),
    `the start times offered: ${offered.join(', ')}`,
  )
  const endOffered = await dayRow(page, 4).getByLabel('Piątek: Do').locator('option').allInnerTexts()
  expect(endOffered.at(-1) === '24:00', `the last end time offered is ${endOffered.at(-1)}`)
  // The keyboard moves a quarter hour at a time.
  await fromPicker.focus()
  await page.keyboard.press('ArrowDown')
  expect((await fromPicker.inputValue()) === '13:15', `ArrowDown from 13:00 gave ${await fromPicker.inputValue()}`)
  await page.keyboard.press('ArrowUp')
  expect((await fromPicker.inputValue()) === '13:00', `ArrowUp gave ${await fromPicker.inputValue()}`)
  // A second, overlapping range is refused beside it, in Polish, before anything is sent.
  await dayRow(page, 4).getByRole('button', { name: 'Dodaj przedział' }).click()
  await dayRow(page, 4).getByLabel('Piątek: Od').nth(1).selectOption('14:00')
  await dayRow(page, 4).getByLabel('Piątek: Do').nth(1).selectOption('16:00')
  const error = dayRow(page, 4).getByTestId('weekly-hours-error')
  await error.filter({ hasText: 'Ten przedział nakłada się na 13:00–15:00.' }).waitFor()
  await page.getByRole('button', { name: 'Zapisz godziny' }).click()
  await page.getByTestId('weekly-hours-status').filter({ hasText: 'Popraw zaznaczone godziny.' }).waitFor()
  await screenshot(page, 'weekly-hours-overlap')
  await dayRow(page, 4).getByRole('button', { name: 'Usuń przedział 14:00–16:00' }).click()
  expect((await error.count()) === 0, 'the overlap message stayed after the range was removed')

  // A date override: the Monday off, picked on a calendar in Polish (the browser's date input showed 12/16/2026 here,
  // following the OS). The Sunday before it from the month grid, then one day on with the keyboard.
  await page.getByRole('button', { name: 'Dodaj datę' }).click()
  const override = page.getByTestId('weekly-hours-override').last()
  const dateInput = override.getByLabel('Data', { exact: true })
  expect((await dateInput.getAttribute('type')) !== 'date', 'the override date is still the browser’s date input')
  await dateInput.click()
  const calendar = page.getByRole('dialog', { name: 'Wybierz datę' })
  await calendar.waitFor()
  const sundayBefore = addDays(monday, -1)
  await calendar.locator('select.react-datepicker__month-select').selectOption(String(Number(sundayBefore.slice(5, 7)) - 1))
  await calendar.locator('select.react-datepicker__year-select').selectOption(sundayBefore.slice(0, 4))
  const months = await calendar.locator('select.react-datepicker__month-select option').allInnerTexts()
  expect(
    months.some((month) => /^(styczeń|grudzień)$/i.test(month)),
    `the calendar's months: ${months.join(', ')}`,
  )
  await calendar.getByRole('option', { name: `Wybierz ${polishLongDate(sundayBefore, true)}` }).click()
  expect((await dateInput.inputValue()) === polishLongDate(sundayBefore), `the picked date shows as "${await dateInput.inputValue()}"`)
  // The keyboard: ArrowDown opens the calendar (or, open, moves into its grid), the arrows move a day, Enter picks.
  await dateInput.focus()
  if (!(await calendar.isVisible())) await page.keyboard.press('ArrowDown')
  await calendar.waitFor()
  await page.keyboard.press('ArrowDown')
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))
  expect(focused === `Wybierz ${polishLongDate(sundayBefore, true)}`, `the keyboard reached "${focused}" in the calendar`)
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Enter')
  const shown = await dateInput.inputValue()
  expect(shown === polishLongDate(monday), `the date after ArrowRight shows as "${shown}", expected "${polishLongDate(monday)}"`)
  await override.getByText('Niedostępny cały dzień').waitFor()
  expect((await seriousViolations(page)).length === 0, `axe: ${(await seriousViolations(page)).join('; ')}`)
  await save(page)
  await screenshot(page, 'weekly-hours-desktop')

  expect((await slotTimesOn(page, baseURL, friday)).includes('13:00'), `no 13:00 slot on ${friday} after saving`)
  const fridaySlots = await slotTimesOn(page, baseURL, friday)
  expect(fridaySlots.includes('14:00') && !fridaySlots.includes('14:30'), `Friday slots after saving: ${fridaySlots.join(', ')}`)
  expect((await slotTimesOn(page, baseURL, monday)).length === 0, `slots left on the Monday off ${monday}`)

  // The saved editor shows what was stored after a reload.
  await page.reload()
  await dayRow(page, 4).getByTestId('weekly-hours-range').first().waitFor()
  expect((await dayRow(page, 4).getByLabel('Piątek: Od').inputValue()) === '13:00', 'Friday 13:00 was not kept')
  const overrideDates = await page
    .getByTestId('weekly-hours-override')
    .getByLabel('Data', { exact: true })
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))
  expect(overrideDates.includes(polishLongDate(monday)), `the Monday override was not kept: ${overrideDates.join(', ')}`)

  // On a phone: the same editor fits 390 px; add Sunday 10:00–12:00 and save.
  await page.setViewportSize({ width: 390, height: 844 })
  await page.reload()
  await dayRow(page, 6).waitFor()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow <= 0, `the editor is ${overflow}px wider than a 390px phone`)
  await dayRow(page, 6).getByRole('button', { name: 'Dodaj przedział' }).click()
  await dayRow(page, 6).getByLabel('Niedziela: Od').selectOption('10:00')
  await dayRow(page, 6).getByLabel('Niedziela: Do').selectOption('12:00')
  const box = await dayRow(page, 6).getByLabel('Niedziela: Do').boundingBox()
  expect(box !== null && box.x >= 0 && box.x + box.width <= 390, `the time picker runs off a 390px screen: ${JSON.stringify(box)}`)
  await save(page)
  await screenshot(page, 'weekly-hours-phone')
  const sundaySlots = await slotTimesOn(page, baseURL, sunday)
  expect(
    sundaySlots.includes('10:00') && sundaySlots.includes('11:00') && !sundaySlots.includes('11:30'),
    `Sunday slots after saving: ${sundaySlots.join(', ')}`,
  )
})

test('the calendar opens on the owner’s site at business hours, and a day’s agenda on a phone', async ({ newPage, screenshot }) => {
  const page = await newPage(POLISH)
  await signIn(page, 'anna@example.com')
  await page.goto('/admin/calendar')
  const week = page.getByTestId('calendar-week')
  await week.waitFor()
  await page.waitForFunction(() => ((document.querySelector('[data-testid="calendar-week"]') as HTMLElement | null)?.scrollTop ?? 0) > 0)
  const scrollTop = await week.evaluate((element) => element.scrollTop)
  // 48 px an hour: the view starts no later than 08:00 and not at midnight.
  expect(scrollTop > 0 && scrollTop <= 8 * 48, `the week opened scrolled to ${scrollTop}px`)
  expect(new URL(page.url()).searchParams.get('site') !== null, 'the calendar did not settle on a site')
  await screenshot(page, 'calendar-business-hours')

  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/admin/calendar')
  await page.getByTestId('calendar-agenda').waitFor()
  expect((await page.getByRole('button', { name: 'Dzień', exact: true }).getAttribute('aria-pressed')) === 'true', 'the phone does not open on the day view')
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow <= 0, `the calendar is ${overflow}px wider than a 390px phone`)
  await screenshot(page, 'calendar-phone-agenda')
})
