'use client'
/** The editor's basic inputs; each carries `data-path` (the server's name for the value) and shows when the last save rejected it. */
import React from 'react'

import { useEditorContext } from './EditorContext'
import { pathKey } from './errorPaths'
import { useTr } from './useEditorKit'

type Path = readonly (string | number)[]

export const Label: React.FC<{ text: string; required?: boolean; htmlFor?: string }> = ({ text, required, htmlFor }) => (
  <label className="site-editor__label" htmlFor={htmlFor}>
    {text}
    {required ? (
      <span className="site-editor__required" aria-label="required">
        {' '}
        *
      </span>
    ) : null}
  </label>
)

const useInvalid = (path: Path) => {
  const { errorPaths, readOnly } = useEditorContext()
  const key = pathKey(path)
  return { key, invalid: errorPaths.has(key), readOnly }
}

export const TextInput: React.FC<{
  path: Path
  value: unknown
  onChange: (value: string) => void
  label?: string
  required?: boolean
  multiline?: boolean
  type?: string
  placeholder?: string
}> = ({ path, value, onChange, label, required, multiline, type = 'text', placeholder }) => {
  const { key, invalid, readOnly } = useInvalid(path)
  const props = {
    id: `site-editor-${key}`,
    'data-path': key,
    'aria-invalid': invalid || undefined,
    className: `site-editor__input${invalid ? ' site-editor__input--invalid' : ''}`,
    value: typeof value === 'string' || typeof value === 'number' ? String(value) : '',
    readOnly,
    placeholder,
  }
  return (
    <div className="site-editor__field">
      {label ? <Label text={label} required={required} htmlFor={props.id} /> : null}
      {multiline ? (
        <textarea {...props} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...props} type={type} onChange={(event) => onChange(event.target.value)} />
      )}
    </div>
  )
}

type Localized = { pl?: string; en?: string }

/** A `{pl, en}` text: Polish and English side by side. An optional text left empty in both is removed. */
export const LocalizedInput: React.FC<{
  path: Path
  value: unknown
  onChange: (value: Localized | undefined) => void
  label: string
  required?: boolean
  multiline?: boolean
}> = ({ path, value, onChange, label, required, multiline }) => {
  const { tr } = useTr()
  const current = (value && typeof value === 'object' ? value : {}) as Localized
  const change = (locale: 'pl' | 'en', text: string) => {
    const next = { pl: current.pl ?? '', en: current.en ?? '', [locale]: text }
    onChange(!required && !next.pl && !next.en ? undefined : next)
  }
  return (
    <fieldset className="site-editor__localized">
      <legend>
        <Label text={label} required={required} />
      </legend>
      <div className="site-editor__pair">
        <TextInput path={[...path, 'pl']} value={current.pl} multiline={multiline} label={tr('Polish', 'Po polsku')} onChange={(text) => change('pl', text)} />
        <TextInput
          path={[...path, 'en']}
          value={current.en}
          multiline={multiline}
          label={tr('English', 'Po angielsku')}
          onChange={(text) => change('en', text)}
        />
      </div>
    </fieldset>
  )
}

export const SelectInput: React.FC<{
  path: Path
  value: unknown
  options: { value: string; label: string }[]
  onChange: (value: string | undefined) => void
  label: string
  required?: boolean
  emptyLabel?: string
}> = ({ path, value, options, onChange, label, required, emptyLabel }) => {
  const { key, invalid, readOnly } = useInvalid(path)
  return (
    <div className="site-editor__field">
      <Label text={label} required={required} htmlFor={`site-editor-${key}`} />
      <select
        id={`site-editor-${key}`}
        data-path={key}
        aria-invalid={invalid || undefined}
        disabled={readOnly}
        className={`site-editor__input${invalid ? ' site-editor__input--invalid' : ''}`}
        value={value === undefined || value === null ? '' : String(value)}
        onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
      >
        {!required || value === undefined ? <option value="">{emptyLabel ?? '—'}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}

export const CheckboxInput: React.FC<{ path: Path; value: unknown; onChange: (value: boolean) => void; label: string }> = ({
  path,
  value,
  onChange,
  label,
}) => {
  const { key, readOnly } = useInvalid(path)
  return (
    <label className="site-editor__checkbox">
      <input type="checkbox" data-path={key} disabled={readOnly} checked={value === true} onChange={(event) => onChange(event.target.checked)} /> {label}
    </label>
  )
}

export const NumberInput: React.FC<{
  path: Path
  value: unknown
  onChange: (value: number | undefined) => void
  label: string
  required?: boolean
  min?: number
  max?: number
  integer?: boolean
}> = ({ path, value, onChange, label, required, min, max, integer }) => {
  const { key, invalid, readOnly } = useInvalid(path)
  return (
    <div className="site-editor__field">
      <Label text={label} required={required} htmlFor={`site-editor-${key}`} />
      <input
        id={`site-editor-${key}`}
        data-path={key}
        type="number"
        readOnly={readOnly}
        aria-invalid={invalid || undefined}
        className={`site-editor__input site-editor__input--short${invalid ? ' site-editor__input--invalid' : ''}`}
        min={min}
        max={max}
        step={integer ? 1 : 'any'}
        value={typeof value === 'number' ? value : ''}
        onChange={(event) => onChange(event.target.value === '' ? undefined : Number(event.target.value))}
      />
    </div>
  )
}

/** Small text buttons for card toolbars. */
export const ToolButton: React.FC<{ onClick: () => void; title: string; children: React.ReactNode; disabled?: boolean; danger?: boolean }> = ({
  onClick,
  title,
  children,
  disabled,
  danger,
}) => {
  const { readOnly } = useEditorContext()
  return (
    <button
      type="button"
      className={`site-editor__tool${danger ? ' site-editor__tool--danger' : ''}`}
      title={title}
      // A symbol (↑, ✕) is named by its title; a worded button by its words, which a voice user says (label-content-name-mismatch).
      aria-label={typeof children === 'string' && /\p{L}/u.test(children) ? undefined : title}
      disabled={disabled || readOnly}
      onClick={onClick}
    >
      {children}
    </button>
  )
}
