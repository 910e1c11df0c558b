'use client'
/** Languages: the default locale and the enabled ones (the default must be enabled). */
import React from 'react'

import { getIn, setIn } from './configPath'
import { CheckboxInput, SelectInput } from './inputs'
import { useTr } from './useEditorKit'

type Config = Record<string, unknown>

const NAMES: Record<string, [string, string]> = { pl: ['Polish', 'polski'], en: ['English', 'angielski'] }

export const LanguagesTab: React.FC<{ config: Config; onChange: (config: Config) => void; locales: string[] }> = ({ config, onChange, locales }) => {
  const { pl, tr } = useTr()
  const name = (locale: string) => (NAMES[locale] ? NAMES[locale][pl ? 1 : 0] : locale)
  const current = getIn(config, ['locales']) as { default?: string; enabled?: string[] } | undefined
  const enabled = Array.isArray(current?.enabled) ? current.enabled : [...locales]
  const byDefault = current?.default ?? locales[0]
  const set = (next: { default: string; enabled: string[] }) => onChange(setIn(config, ['locales'], next) as Config)
  return (
    <div className="site-editor__tab-body">
      <SelectInput
        path={['locales', 'default']}
        value={byDefault}
        required
        label={tr('Default language', 'Język domyślny')}
        options={locales.map((locale) => ({ value: locale, label: name(locale) }))}
        onChange={(locale) => locale && set({ default: locale, enabled: enabled.includes(locale) ? enabled : [...enabled, locale] })}
      />
      <p className="site-editor__label">{tr('Languages visitors can choose', 'Języki do wyboru dla odwiedzających')}</p>
      {locales.map((locale) => (
        <CheckboxInput
          key={locale}
          path={['locales', 'enabled', locale]}
          value={enabled.includes(locale)}
          label={name(locale)}
          onChange={(on) => {
            const next = on ? locales.filter((item) => item === locale || enabled.includes(item)) : enabled.filter((item) => item !== locale)
            if (!next.length) return
            set({ default: next.includes(byDefault) ? byDefault : next[0], enabled: next })
          }}
        />
      ))}
      <p className="site-editor__hint">{tr('Texts are always kept in both languages.', 'Teksty zawsze zapisujemy w obu językach.')}</p>
    </div>
  )
}
