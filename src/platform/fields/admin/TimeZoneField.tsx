'use client'
/**
 * `timeZoneField`'s admin parts: a searchable select of every zone by name in the admin's language (Payload's
 * `SelectInput`, common European zones first, found by Polish or English city: "londyn", "london"), the name as plain
 * text when read-only, and the list column's cell. The stored value stays the zone's id (`Europe/London`).
 */
import type { DefaultCellComponentProps, OptionObject, TextFieldClientComponent } from 'payload'

import { FieldLabel, SelectInput, useField, useTranslation } from '@payloadcms/ui'
import React, { useMemo } from 'react'

import { langOf } from '../../i18n/format'
import { timeZoneLabel } from '../../i18n/timeZoneLabel'
import { matchesTimeZone, timeZoneOptions } from '../../i18n/timeZones'

const PLACEHOLDER = { pl: 'Wpisz miasto, np. Londyn', en: 'Type a city, e.g. London' }

export const TimeZoneField: TextFieldClientComponent = ({ path, field, readOnly }) => {
  const { i18n } = useTranslation()
  const lang = langOf(i18n.language)
  const { value, setValue, showError } = useField<string>({ path })
  const disabled = Boolean(readOnly || field?.admin?.readOnly)
  // The labels of ~420 zones in both languages: once per language (and stored value), not on every keystroke.
  const options = useMemo(() => timeZoneOptions(lang, { current: value }), [lang, value])
  const id = `field-${path.replace(/\./g, '__')}`

  if (disabled) {
    return (
      <div className="field-type text read-only" id={id}>
        <FieldLabel label={field?.label} path={path} />
        <div className="field-type__wrap" data-testid="time-zone-read-only">
          {value ? timeZoneLabel(value, lang) : '–'}
        </div>
      </div>
    )
  }
  return (
    <div data-testid="time-zone-picker">
      <SelectInput
        path={path}
        name={field?.name ?? path}
        label={field?.label}
        required={field?.required}
        description={field?.admin?.description}
        options={options as unknown as OptionObject[]}
        value={value ?? undefined}
        showError={showError}
        isClearable={!field?.required}
        isSortable={false}
        placeholder={PLACEHOLDER[lang]}
        filterOption={(option, query) => !query || matchesTimeZone({ search: String((option.data as { search?: string })?.search ?? option.value) }, query)}
        onChange={(selected) => {
          const next = Array.isArray(selected) ? selected[0] : selected
          setValue((next as { value?: string } | null)?.value ?? null)
        }}
      />
    </div>
  )
}

/** A list column: the zone's name in the admin's language, never its id. */
export function TimeZoneCell({ cellData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  return <span>{typeof cellData === 'string' && cellData ? timeZoneLabel(cellData, langOf(i18n.language)) : '–'}</span>
}
