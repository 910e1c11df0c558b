/**
 * The times a time picker offers, in 24-hour "HH:MM" (the admin's language never changes it, unlike
 * `<input type="time">`, which follows the operating system's 12/24-hour setting): every `step` minutes from
 * midnight, a start up to the last step before midnight, an end from the first step up to `24:00` (the end of the
 * day). A stored value off the grid (09:05 from an older editor) is kept as an option in its place, so showing
 * a range never changes it.
 */
const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/

const text = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

export const timeOptions = ({ kind, step = 15, current }: { kind: 'start' | 'end'; step?: number; current?: string | null }): string[] => {
  const every = Number.isInteger(step) && step > 0 && step <= 60 ? step : 15
  const options: string[] = []
  const first = kind === 'start' ? 0 : every
  const last = kind === 'start' ? 24 * 60 - 1 : 24 * 60
  for (let minutes = first; minutes <= last; minutes += every) options.push(text(minutes))
  if (current && TIME.test(current) && !options.includes(current)) {
    options.push(current)
    options.sort()
  }
  return options
}
