'use client'
/**
 * The availability block's date and time fields with pickers instead of `RRRR-MM-DD` / `GG:MM` text boxes: for a
 * date Payload's own date picker in the admin's language (DayPicker; the browser's date input follows the OS's locale),
 * and for a time a 24-hour list of quarter hours (TimeSelect; the browser's own time input follows the OS's 12-hour clock). The stored value stays the same text (`2026-11-30`, `09:30`, `24:00` for
 * the end of a day), so nothing in the data or the slot engine changes.
 */
import type { TextFieldClientComponent } from 'payload'

import { FieldError, FieldLabel, useField } from '@payloadcms/ui'

import { DayPicker } from './DayPicker'
import { TimeSelect } from './TimeSelect'

const picker = (kind: 'date' | 'time'): TextFieldClientComponent =>
  function PickerField({ path, field, readOnly }) {
    const { value, setValue, showError } = useField<string>({ path })
    const id = `field-${path.replace(/\./g, '__')}`
    const disabled = Boolean(readOnly || field?.admin?.readOnly)
    return (
      <div className={`field-type text${showError ? ' error' : ''}`} style={{ flex: '1 1 160px' }}>
        <FieldLabel htmlFor={id} label={field?.label} required={field?.required} path={path} />
        <div className="field-type__wrap">
          <FieldError path={path} showError={showError} />
          {kind === 'time' ? (
            <TimeSelect
              id={id}
              kind={path.endsWith('endTime') ? 'end' : 'start'}
              value={value}
              disabled={disabled}
              invalid={showError}
              onChange={(next) => setValue(next || null)}
              style={{ minHeight: 40, minWidth: 120 }}
            />
          ) : (
            <DayPicker id={id} value={value} disabled={disabled} invalid={showError} onChange={(next) => setValue(next || null)} />
          )}
        </div>
      </div>
    )
  }

export const DatePickerField = picker('date')
export const TimePickerField = picker('time')
