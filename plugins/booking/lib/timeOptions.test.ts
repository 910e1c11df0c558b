import { timeOptions } from './timeOptions'

describe('timeOptions', () => {
  it('offers a start every 15 minutes from 00:00 to 23:45, in 24-hour time', () => {
    const options = timeOptions({ kind: 'start' })
    expect(options).toHaveLength(96)
    expect(options.slice(0, 3)).toEqual(['00:00', '00:15', '00:30'])
    expect(options).toContain('13:45')
    expect(options.at(-1)).toBe('23:45')
    expect(options.some((option) => /AM|PM/i.test(option))).toBe(false)
  })

  it('offers an end from 00:15 up to 24:00, the end of the day', () => {
    const options = timeOptions({ kind: 'end' })
    expect(options[0]).toBe('00:15')
    expect(options.at(-1)).toBe('24:00')
    expect(options).toHaveLength(96)
  })

  it('keeps a stored value off the grid in its place, and ignores one that is not a time', () => {
    const options = timeOptions({ kind: 'start', current: '09:05' })
    expect(options.slice(options.indexOf('09:00'), options.indexOf('09:00') + 3)).toEqual(['09:00', '09:05', '09:15'])
    expect(timeOptions({ kind: 'start', current: '9am' })).toHaveLength(96)
    expect(timeOptions({ kind: 'start', current: '24:00' })).toContain('24:00')
  })

  it('takes another step, and falls back to 15 minutes for a nonsensical one', () => {
    expect(timeOptions({ kind: 'start', step: 30 })).toHaveLength(48)
    expect(timeOptions({ kind: 'start', step: 0 })).toHaveLength(96)
  })
})
