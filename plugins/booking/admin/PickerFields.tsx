'use client'
/**
 * The availability block's date and time fields with the browser's own pickers (a calendar, a clock) instead of
 * `RRRR-MM-DD` / `GG:MM` text boxes. The stored value stays the same text (`2026-11-30`, `09:30`), so nothing
 * in the data or the slot engine changes; `24:00` (the end of a day) shows as 23:59 and is stored as 24:00.
 */
import type { TextFieldClientComponent } from 'payload'

import { FieldError, FieldLabel, useField } from '@payloadcms/ui'

const picker = (kind: 'date' | 'time'): TextFieldClientComponent =>
  function PickerField({ path, field, readOnly }) {
    const { value, setValue, showError } = useField<string>({ path })
    const id = `field-${path.replace(/\./g, '__')}`
    const shown = kind === 'time' && value === '24:00' ? '23:59' : (value ?? '')
    return (
      <div className={`field-type text${showError ? ' error' : ''}`} style={{ flex: '1 1 160px' }}>
        <FieldLabel htmlFor={id} label={field?.label} required={field?.required} path={path} />
        <div className="field-type__wrap">
          <FieldError path={path} showError={showError} />
          <input
            id={id}
            type={kind}
            step={kind === 'time' ? 300 : undefined}
            value={shown}
            disabled={Boolean(readOnly || field?.admin?.readOnly)}
            aria-invalid={showError || undefined}
            onChange={(event) => {
              const next = event.target.value
              setValue(kind === 'time' && next === '23:59' && path.endsWith('endTime') ? '24:00' : next || null)
            }}
            style={{ minHeight: 40 }}
          />
        </div>
      </div>
    )
  }

export const DatePickerField = picker('date')
export const TimePickerField = picker('time')
