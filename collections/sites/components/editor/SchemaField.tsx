'use client'
/** Draws one field of a section from its descriptor (see describeSchema.ts); objects and arrays recurse. */
import React, { useState } from 'react'

import type { FieldDescriptor, NamedField } from './describeSchema'
import { emptyValue } from './describeSchema'
import { ComponentPicker } from './ComponentPicker'
import { insertAt, moveBy, removeAt } from './configPath'
import { fieldLabel } from './fieldLabels'
import { CheckboxInput, Label, LocalizedInput, NumberInput, SelectInput, TextInput, ToolButton } from './inputs'
import { MediaPicker } from './MediaPicker'
import { useTr } from './useEditorKit'

type Path = readonly (string | number)[]
type Props = { path: Path; name: string; field: FieldDescriptor; required: boolean; value: unknown; onChange: (value: unknown) => void }

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value)

/** The fields of an object, each changing only its own key (an optional field set to undefined is removed). */
export const FieldList: React.FC<{ path: Path; fields: NamedField[]; value: unknown; onChange: (value: Record<string, unknown>) => void }> = ({
  path,
  fields,
  value,
  onChange,
}) => {
  const object = isObject(value) ? value : {}
  return (
    <div className="site-editor__fields">
      {fields.map((item) => (
        <SchemaField
          key={item.name}
          path={[...path, item.name]}
          name={item.name}
          field={item.field}
          required={item.required}
          value={object[item.name]}
          onChange={(next) => {
            const copy = { ...object }
            if (next === undefined) delete copy[item.name]
            else copy[item.name] = next
            onChange(copy)
          }}
        />
      ))}
    </div>
  )
}

const JsonInput: React.FC<Omit<Props, 'field'>> = ({ path, name, value, onChange, required }) => {
  const { pl, tr } = useTr()
  const [text, setText] = useState(() => (value === undefined ? '' : JSON.stringify(value, null, 2)))
  const [bad, setBad] = useState(false)
  return (
    <div className="site-editor__field">
      <TextInput
        path={path}
        value={text}
        multiline
        label={`${fieldLabel(name, pl)} (JSON)`}
        required={required}
        onChange={(next) => {
          setText(next)
          if (!next.trim()) return onChange(undefined)
          try {
            onChange(JSON.parse(next))
            setBad(false)
          } catch {
            setBad(true)
          }
        }}
      />
      {bad ? <p className="site-editor__error">{tr('Not valid JSON yet.', 'To jeszcze nie jest poprawny JSON.')}</p> : null}
    </div>
  )
}

/** A list of plain values typed comma-separated (kept as typed while editing, so a trailing comma stays). */
const ListInput: React.FC<{ path: Path; value: unknown; label: string; required: boolean; ofIds: boolean; onChange: (value: unknown) => void }> = ({
  path,
  value,
  label,
  required,
  ofIds,
  onChange,
}) => {
  const [text, setText] = useState(() => (Array.isArray(value) ? value.join(', ') : ''))
  return (
    <TextInput
      path={path}
      value={text}
      label={label}
      required={required}
      onChange={(next) => {
        setText(next)
        const items = next
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean)
        onChange(items.length ? items.map((item) => (ofIds && /^\d+$/.test(item) ? Number(item) : item)) : required ? [] : undefined)
      }}
    />
  )
}

const ArrayField: React.FC<Props & { field: Extract<FieldDescriptor, { kind: 'array' }> }> = ({ path, name, field, required, value, onChange }) => {
  const { pl, tr } = useTr()
  const list = Array.isArray(value) ? value : []
  const set = (next: unknown[]) => onChange(next.length || required ? next : undefined)
  return (
    <fieldset className="site-editor__array" data-path={path.join('.')}>
      <legend>
        <Label text={fieldLabel(name, pl)} required={required} />
      </legend>
      {list.map((item, index) => (
        <div className="site-editor__array-item" key={index}>
          <div className="site-editor__toolbar">
            <strong>{`${index + 1}.`}</strong>
            <ToolButton title={tr('Move up', 'Przesuń w górę')} disabled={index === 0} onClick={() => set(moveBy(list, index, -1))}>
              ↑
            </ToolButton>
            <ToolButton title={tr('Move down', 'Przesuń w dół')} disabled={index === list.length - 1} onClick={() => set(moveBy(list, index, 1))}>
              ↓
            </ToolButton>
            <ToolButton danger title={tr('Remove', 'Usuń')} disabled={list.length <= field.minItems} onClick={() => set(removeAt(list, index))}>
              ✕
            </ToolButton>
          </div>
          <SchemaField
            path={[...path, index]}
            name={name}
            field={field.item}
            required
            value={item}
            onChange={(next) => set(list.map((old, at) => (at === index ? next : old)))}
          />
        </div>
      ))}
      <ToolButton title={tr('Add an item', 'Dodaj pozycję')} onClick={() => set(insertAt(list, list.length, emptyValue(field.item) ?? {}))}>
        {tr('+ Add', '+ Dodaj')}
      </ToolButton>
    </fieldset>
  )
}

export const SchemaField: React.FC<Props> = (props) => {
  const { path, name, field, required, value, onChange } = props
  const { pl } = useTr()
  const label = fieldLabel(name, pl)
  switch (field.kind) {
    case 'localized':
      return <LocalizedInput path={path} value={value} label={label} required={required} multiline={field.multiline} onChange={onChange} />
    case 'media':
      return <MediaPicker path={path} value={value} label={label} required={required} onChange={onChange} />
    case 'text':
      return (
        <TextInput
          path={path}
          value={value}
          label={label}
          required={required}
          type={field.format === 'email' ? 'email' : 'text'}
          onChange={(text) => onChange(text === '' && !required ? undefined : text)}
        />
      )
    case 'id':
      if (field.component) return <ComponentPicker path={path} value={value} label={label} required={required} onChange={onChange} />
      return (
        <TextInput
          path={path}
          value={value}
          label={label}
          required={required}
          onChange={(text) => onChange(text === '' ? undefined : /^\d+$/.test(text) ? Number(text) : text)}
        />
      )
    case 'number':
      return (
        <NumberInput path={path} value={value} label={label} required={required} min={field.min} max={field.max} integer={field.integer} onChange={onChange} />
      )
    case 'boolean':
      return <CheckboxInput path={path} value={value} label={label} onChange={(checked) => onChange(checked || required ? checked : undefined)} />
    case 'select':
      return (
        <SelectInput
          path={path}
          value={value}
          label={label}
          required={required}
          options={field.options.map((option) => ({ value: option, label: option }))}
          onChange={onChange}
        />
      )
    case 'list':
      return <ListInput path={path} value={value} label={label} required={required} ofIds={field.of === 'id'} onChange={onChange} />
    case 'array':
      return <ArrayField {...props} field={field} />
    case 'object':
      return (
        <fieldset className="site-editor__object">
          <legend>
            <Label text={label} required={required} />
          </legend>
          <FieldList path={path} fields={field.fields} value={value} onChange={(next) => onChange(Object.keys(next).length || required ? next : undefined)} />
        </fieldset>
      )
    default:
      return <JsonInput {...props} />
  }
}
