'use client'
/**
 * A calendar day chosen in the admin's language: Payload's own date picker (react-datepicker with the admin's date-fns
 * locale), showing `16 grudnia 2026` / `16 December 2026` and a month grid in Polish or English, for a value kept as
 * `YYYY-MM-DD`. Chromium's `<input type="date">` follows the operating system's locale instead (12/16/2026 in a Polish
 * admin). The input is named by `labelledBy` or a `<label htmlFor={id}>`; a typed date and the arrow keys in the
 * month grid both work.
 */
import type { ReactNode } from 'react'

import { DatePicker, useTranslation } from '@payloadcms/ui'

import { dayFromLocalDate, localDateOfDay } from '../lib/dayValue'

export const DAY_FORMAT = 'd MMMM yyyy'

/** What react-datepicker says to screen readers (its defaults are English whatever the locale). */
const SPOKEN = {
  pl: { dialog: 'Wybierz datę', choose: 'Wybierz', unavailable: 'Niedostępny', previous: 'Poprzedni miesiąc', next: 'Następny miesiąc', month: 'Miesiąc' },
  en: { dialog: 'Choose a date', choose: 'Choose', unavailable: 'Not available', previous: 'Previous month', next: 'Next month', month: 'Month' },
}

export function DayPicker({
  id,
  value,
  min,
  max,
  labelledBy,
  invalid,
  disabled,
  onChange,
}: {
  /** The text input's id (for a `<label htmlFor>` and the tests). */
  id: string
  /** `YYYY-MM-DD`, or empty. */
  value: string | null | undefined
  min?: string
  max?: string
  /** The id of the element naming the input, when no `<label htmlFor={id}>` does. */
  labelledBy?: string
  invalid?: boolean
  disabled?: boolean
  /** The chosen day as `YYYY-MM-DD`; '' when cleared. */
  onChange: (day: string) => void
}) {
  const { i18n } = useTranslation()
  const spoken = SPOKEN[i18n.language === 'en' ? 'en' : 'pl']
  return (
    <DatePicker
      pickerAppearance="dayOnly"
      displayFormat={DAY_FORMAT}
      value={value ? localDateOfDay(value) : undefined}
      minDate={min ? localDateOfDay(min) : undefined}
      maxDate={max ? localDateOfDay(max) : undefined}
      readOnly={disabled}
      onChange={(date) => onChange(date instanceof Date && !Number.isNaN(date.getTime()) ? dayFromLocalDate(date) : '')}
      overrides={{
        id,
        ariaLabelledBy: labelledBy,
        ariaInvalid: invalid ? 'true' : undefined,
        autoComplete: 'off',
        // The admin's date-fns locale, given each render: Payload only registers it as the default in an effect, after a
        // value loaded with the page has already been written in English ("21 December 2026").
        ...(i18n.dateFNS ? { locale: i18n.dateFNS as unknown as string } : {}),
        chooseDayAriaLabelPrefix: spoken.choose,
        disabledDayAriaLabelPrefix: spoken.unavailable,
        previousMonthAriaLabel: spoken.previous,
        nextMonthAriaLabel: spoken.next,
        monthAriaLabelPrefix: spoken.month,
        calendarContainer: ({ className, children }: { className?: string; children?: ReactNode }) => (
          <div className={className} role="dialog" aria-label={spoken.dialog} aria-modal="true">
            {children}
          </div>
        ),
      }}
    />
  )
}
