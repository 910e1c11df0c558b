'use client'
/** Theme: five colours (picker + hex text) and the heading/body fonts. */
import React from 'react'

import { getIn, setIn } from './configPath'
import { Label, SelectInput } from './inputs'
import { useEditorContext } from './EditorContext'
import { pathKey } from './errorPaths'
import { useTr } from './useEditorKit'

type Config = Record<string, unknown>

const COLOURS = [
  ['primary', 'Primary', 'Główny'],
  ['secondary', 'Secondary', 'Dodatkowy'],
  ['accent', 'Accent', 'Akcent'],
  ['background', 'Background', 'Tło'],
  ['text', 'Text', 'Tekst'],
] as const

/** `<input type=color>` needs #rrggbb; a short #rgb is widened for it. */
const toPicker = (hex: string): string =>
  /^#[0-9a-f]{3}$/i.test(hex) ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : /^#[0-9a-f]{6}$/i.test(hex) ? hex : '#000000'

const ColourInput: React.FC<{ name: string; label: string; value: unknown; onChange: (value: string | undefined) => void }> = ({
  name,
  label,
  value,
  onChange,
}) => {
  const { errorPaths, readOnly } = useEditorContext()
  const key = pathKey(['theme', 'colors', name])
  const hex = typeof value === 'string' ? value : ''
  return (
    <div className="site-editor__field site-editor__colour">
      <Label text={label} htmlFor={`site-editor-${key}`} />
      <div className="site-editor__colour-row">
        <input type="color" aria-label={label} disabled={readOnly} value={toPicker(hex)} onChange={(event) => onChange(event.target.value)} />
        <input
          id={`site-editor-${key}`}
          data-path={key}
          className={`site-editor__input site-editor__input--short${errorPaths.has(key) ? ' site-editor__input--invalid' : ''}`}
          value={hex}
          placeholder="#1a2b3c"
          readOnly={readOnly}
          onChange={(event) => onChange(event.target.value.trim() || undefined)}
        />
      </div>
    </div>
  )
}

export const ThemeTab: React.FC<{ config: Config; onChange: (config: Config) => void; fonts: string[] }> = ({ config, onChange, fonts }) => {
  const { pl, tr } = useTr()
  return (
    <div className="site-editor__tab-body">
      <h3 className="site-editor__subheading">{tr('Colours', 'Kolory')}</h3>
      <div className="site-editor__grid">
        {COLOURS.map(([name, en, plLabel]) => (
          <ColourInput
            key={name}
            name={name}
            label={pl ? plLabel : en}
            value={getIn(config, ['theme', 'colors', name])}
            onChange={(hex) => onChange(setIn(config, ['theme', 'colors', name], hex) as Config)}
          />
        ))}
      </div>
      <h3 className="site-editor__subheading">{tr('Fonts', 'Czcionki')}</h3>
      <div className="site-editor__grid">
        {(['heading', 'body'] as const).map((slot) => (
          <SelectInput
            key={slot}
            path={['theme', 'fonts', slot]}
            value={getIn(config, ['theme', 'fonts', slot])}
            label={slot === 'heading' ? tr('Headings', 'Nagłówki') : tr('Body text', 'Tekst')}
            emptyLabel={tr('– default –', '– domyślna –')}
            options={fonts.map((font) => ({ value: font, label: font }))}
            onChange={(font) => onChange(setIn(config, ['theme', 'fonts', slot], font) as Config)}
          />
        ))}
      </div>
    </div>
  )
}
