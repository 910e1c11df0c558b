'use client'
/**
 * A 24-hour time picker: a native select of quarter hours (lib/timeOptions), so the admin shows "13:00" whatever
 * the operating system's 12/24-hour setting (Chromium's `<input type="time">` follows the OS, and showed
 * "01:00 PM" in a Polish admin). Keyboard: arrows move by a quarter, typing "13" jumps to 13:00.
 */
import type { CSSProperties } from 'react'

import { timeOptions } from '../lib/timeOptions'

export type TimeSelectProps = {
  value: string | null | undefined
  onChange: (value: string) => void
  /** A start offers 00:00–23:45, an end 00:15–24:00. */
  kind: 'start' | 'end'
  id?: string
  /** The accessible name when no `<label htmlFor>` names it. */
  label?: string
  invalid?: boolean
  describedBy?: string
  disabled?: boolean
  className?: string
  style?: CSSProperties
}

export function TimeSelect({ value, onChange, kind, id, label, invalid, describedBy, disabled, className, style }: TimeSelectProps) {
  const options = timeOptions({ kind, current: value })
  const known = Boolean(value && options.includes(value))
  return (
    <select
      id={id}
      className={className}
      value={known ? (value as string) : ''}
      aria-label={label}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value)}
      style={style}
    >
      {known ? null : (
        <option value="" disabled>
          --:--
        </option>
      )}
      {options.map((option) => (
        <option key={option} value={option}>
          {option}
        </option>
      ))}
    </select>
  )
}
