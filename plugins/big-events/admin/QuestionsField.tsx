'use client'
/**
 * The event's registration questions (`details`), edited as a list instead of JSON: add, remove and reorder
 * questions; each with its text in Polish and English, the kind of answer, whether it is required, and for a
 * choice its options. Ids are made once when a question is added and never shown (questions.ts).
 */
import type { JSONFieldClientComponent } from 'payload'

import { Button, useField, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { QUESTION_TYPES, type QuestionType } from '../lib/details'
import { LIMITS } from '../lib/limits'
import {
  addOption,
  addQuestion,
  canAddQuestion,
  detailsWith,
  moveOption,
  moveQuestion,
  questionProblems,
  questionsOf,
  removeOption,
  removeQuestion,
  setQuestionType,
  updateOption,
  updateQuestion,
  type DraftQuestion,
} from './questions'
import { ReorderButtons } from './ReorderButtons'
import { adminTexts, type AdminTexts } from './texts'

const TYPE_LABEL: Record<QuestionType, keyof AdminTexts> = { text: 'typeText', textarea: 'typeTextarea', select: 'typeSelect', checkbox: 'typeCheckbox' }

const box: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 6,
  padding: 16,
  marginBottom: 12,
  background: 'var(--theme-elevation-0)',
}
const row: React.CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end' }
const grow: React.CSSProperties = { flex: '1 1 220px', minWidth: 0 }
const problem: React.CSSProperties = { color: 'var(--theme-error-500)', margin: '8px 0 0' }

function TextInput({
  id,
  label,
  value,
  onChange,
  maxLength,
  disabled,
}: {
  id: string
  label: string
  value: string
  onChange: (text: string) => void
  maxLength: number
  disabled: boolean
}) {
  return (
    <div className="field-type text" style={grow}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input id={id} type="text" value={value} maxLength={maxLength} disabled={disabled} onChange={(event) => onChange(event.target.value)} />
    </div>
  )
}

export const QuestionsField: JSONFieldClientComponent = ({ path, readOnly, field }) => {
  const { i18n } = useTranslation()
  const texts = adminTexts(i18n.language === 'en' ? 'en' : 'pl')
  const { value, setValue, showError, errorMessage } = useField<unknown>({ path })
  const questions = questionsOf(value)
  const disabled = Boolean(readOnly || field?.admin?.readOnly)
  const change = (next: DraftQuestion[]) => setValue(detailsWith(value, next))
  const label = typeof field?.label === 'object' && field.label ? (field.label as Record<string, string>)[i18n.language] : field?.label

  return (
    <div className="field-type big-events-questions" style={{ marginBottom: 24 }}>
      <h3 style={{ margin: '0 0 4px' }}>{label || texts.question}</h3>
      <p style={{ margin: '0 0 16px', color: 'var(--theme-elevation-600)' }}>{texts.questionsHelp}</p>
      {showError && errorMessage ? (
        <p role="alert" style={problem}>
          {errorMessage}
        </p>
      ) : null}
      {questions.length === 0 ? <p>{texts.noQuestions}</p> : null}
      <ol style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {questions.map((question, index) => {
          const base = `${path}-${question.id}`
          return (
            <li key={question.id} style={box} data-question={index + 1}>
              <div style={{ ...row, justifyContent: 'space-between', marginBottom: 8 }}>
                <strong>
                  {texts.question} {index + 1}
                </strong>
                <ReorderButtons
                  index={index}
                  count={questions.length}
                  disabled={disabled}
                  named
                  texts={texts}
                  onMove={(by) => change(moveQuestion(questions, index, by))}
                  onRemove={() => {
                    if (window.confirm(texts.removeQuestionConfirm)) change(removeQuestion(questions, index))
                  }}
                />
              </div>
              <div style={row}>
                <TextInput
                  id={`${base}-pl`}
                  label={texts.labelPl}
                  value={question.label?.pl ?? ''}
                  maxLength={LIMITS.questionLabel}
                  disabled={disabled}
                  onChange={(text) => change(updateQuestion(questions, index, { label: { ...question.label, pl: text } }))}
                />
                <TextInput
                  id={`${base}-en`}
                  label={texts.labelEn}
                  value={question.label?.en ?? ''}
                  maxLength={LIMITS.questionLabel}
                  disabled={disabled}
                  onChange={(text) => change(updateQuestion(questions, index, { label: { ...question.label, en: text } }))}
                />
              </div>
              <div style={{ ...row, marginTop: 12 }}>
                <div className="field-type select" style={grow}>
                  <label className="field-label" htmlFor={`${base}-type`}>
                    {texts.type}
                  </label>
                  <select
                    id={`${base}-type`}
                    value={question.type}
                    disabled={disabled}
                    onChange={(event) => change(setQuestionType(questions, index, event.target.value as QuestionType))}
                    style={{
                      width: '100%',
                      padding: '8px',
                      borderRadius: 4,
                      border: '1px solid var(--theme-elevation-150)',
                      background: 'var(--theme-input-bg)',
                      color: 'inherit',
                    }}
                  >
                    {QUESTION_TYPES.map((type) => (
                      <option key={type} value={type}>
                        {texts[TYPE_LABEL[type]]}
                      </option>
                    ))}
                  </select>
                </div>
                <label style={{ display: 'flex', gap: 8, alignItems: 'center', padding: '8px 0' }}>
                  <input
                    type="checkbox"
                    checked={Boolean(question.required)}
                    disabled={disabled}
                    onChange={(event) => change(updateQuestion(questions, index, { required: event.target.checked }))}
                  />
                  {texts.required}
                </label>
              </div>
              {question.type === 'select' ? (
                <fieldset style={{ border: 0, padding: 0, margin: '12px 0 0' }}>
                  <legend className="field-label">{texts.options}</legend>
                  {(question.options ?? []).map((option, place) => (
                    <div key={place} style={{ ...row, marginBottom: 8 }} data-option={place + 1}>
                      <TextInput
                        id={`${base}-o${place}-pl`}
                        label={`${texts.option} ${place + 1} – ${texts.labelPl.toLowerCase()}`}
                        value={option.pl ?? ''}
                        maxLength={LIMITS.questionLabel}
                        disabled={disabled}
                        onChange={(text) => change(updateOption(questions, index, place, 'pl', text))}
                      />
                      <TextInput
                        id={`${base}-o${place}-en`}
                        label={`${texts.option} ${place + 1} – ${texts.labelEn.toLowerCase()}`}
                        value={option.en ?? ''}
                        maxLength={LIMITS.questionLabel}
                        disabled={disabled}
                        onChange={(text) => change(updateOption(questions, index, place, 'en', text))}
                      />
                      <ReorderButtons
                        index={place}
                        count={question.options?.length ?? 0}
                        disabled={disabled}
                        named={false}
                        texts={texts}
                        onMove={(by) => change(moveOption(questions, index, place, by))}
                        onRemove={() => change(removeOption(questions, index, place))}
                      />
                    </div>
                  ))}
                  <Button
                    buttonStyle="secondary"
                    size="small"
                    disabled={disabled || (question.options?.length ?? 0) >= LIMITS.options}
                    onClick={() => change(addOption(questions, index))}
                  >
                    + {texts.addOption}
                  </Button>
                </fieldset>
              ) : null}
              {questionProblems(question).map((key) => (
                <p key={key} style={problem}>
                  {texts[key]}
                </p>
              ))}
            </li>
          )
        })}
      </ol>
      <Button buttonStyle="secondary" disabled={disabled || !canAddQuestion(questions)} onClick={() => change(addQuestion(questions))}>
        + {texts.addQuestion}
      </Button>
      {!canAddQuestion(questions) ? <p>{texts.limitReached}</p> : null}
    </div>
  )
}
