/**
 * The attendee list as CSV for a spreadsheet (pure): csv-stringify writes it (RFC 4180, CRLF, quoting), after a
 * UTF-8 byte-order mark so Excel reads Polish letters. A cell that begins with `=`, `+`, `-`, `@`, a tab or a
 * carriage return gets a leading `'`, so a spreadsheet never runs what a visitor typed into the form as a formula
 * (CSV injection, OWASP). Columns: name, email, status, paid, registered, checked in, then one per question.
 */
import { stringify } from 'csv-stringify/sync'

import type { Lang } from '@platform/format'
import { attendeeRow, questionLabels, type AttendeeRecord } from './attendees'

const FORMULA_START = /^[=+\-@\t\r]/

export const neutralizeFormula = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value)

const HEADER: Record<Lang, string[]> = {
  pl: ['Imię i nazwisko', 'E-mail', 'Status', 'Zapłacono', 'Zapis', 'Obecność'],
  en: ['Name', 'Email', 'Status', 'Paid', 'Registered', 'Checked in'],
}

export const attendeesCsv = (records: AttendeeRecord[], details: unknown, lang: Lang): string => {
  const header = [...HEADER[lang], ...questionLabels(details, lang)]
  const rows = records.map((record) => {
    const row = attendeeRow(record, details, lang)
    return [row.name, row.email, row.statusText, row.paidText, row.registeredText, row.checkedInText, ...row.answers.map(({ answer }) => answer)]
  })
  return `\uFEFF${stringify(
    [header, ...rows].map((cells) => cells.map((cell) => neutralizeFormula(cell))),
    { record_delimiter: 'windows' },
  )}`
}
