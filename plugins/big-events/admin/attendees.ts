/**
 * What the owner's attendee list and its CSV say about each registration (pure): the status in words, the answers
 * under their questions' labels (never their ids), the amount paid as money, and the counts at the top.
 */
import { formatDateTime, formatMoney, type Lang } from '@platform/format'
import { readDetails, type Question } from '../lib/details'
import type { RegistrationStatus } from '../slugs'
import { labelIn } from './questions'

export type AttendeeRecord = {
  id: number | string
  name: string
  email: string
  status: RegistrationStatus | string
  amount?: number | null
  paymentId?: number | null
  answers?: unknown
  checkedInAt?: string | null
  createdAt?: string | null
  locale?: string | null
}

export type AttendeeRow = {
  id: number | string
  name: string
  email: string
  status: string
  statusText: string
  /** Only confirmed attendees can be checked in. */
  canCheckIn: boolean
  checkedIn: boolean
  checkedInText: string
  paidText: string
  registeredText: string
  /** In the questions' order, one per question (empty when not answered). */
  answers: { question: string; answer: string }[]
}

export type AttendeeCounts = { confirmed: number; held: number; waitlisted: number; checkedIn: number; cancelled: number }

const STATUS_TEXT: Record<Lang, Record<RegistrationStatus, string>> = {
  // Shown beside a person's name, so no form that agrees with a gender ("Zofia · wpisany" would read as wrong).
  pl: {
    confirmed: 'Miejsce potwierdzone',
    pending_payment: 'Czeka na płatność',
    waitlisted: 'Na liście rezerwowej',
    cancelled: 'Zapis anulowany',
    refunded: 'Zapis anulowany, opłata zwrócona',
  },
  en: {
    confirmed: 'Confirmed',
    pending_payment: 'Waiting for payment',
    waitlisted: 'Waiting list',
    cancelled: 'Cancelled',
    refunded: 'Refunded',
  },
}

export const statusText = (status: string, lang: Lang): string => STATUS_TEXT[lang][status as RegistrationStatus] ?? status

const YES_NO: Record<Lang, [string, string]> = { pl: ['Tak', 'Nie'], en: ['Yes', 'No'] }

/** One answer as the owner reads it: a choice by its option's label, a checkbox as yes / no. */
export const answerText = (question: Question, value: unknown, lang: Lang): string => {
  if (value === undefined || value === null || value === '') return ''
  if (question.type === 'checkbox') return value === true || value === 'true' ? YES_NO[lang][0] : YES_NO[lang][1]
  if (question.type === 'select') {
    const chosen = String(value)
    // An option is stored by its label (either language); a number names its place (older forms).
    const option =
      question.options?.find((candidate) => candidate.pl === chosen || candidate.en === chosen) ??
      (/^\d+$/.test(chosen) ? question.options?.[Number(chosen)] : undefined)
    return option ? labelIn(option, lang) : chosen
  }
  return String(value)
}

export const questionLabels = (details: unknown, lang: Lang): string[] => readDetails(details).questions.map((question) => labelIn(question.label, lang))

export const attendeeRow = (record: AttendeeRecord, details: unknown, lang: Lang): AttendeeRow => {
  const answers = (record.answers && typeof record.answers === 'object' ? record.answers : {}) as Record<string, unknown>
  const paid = record.paymentId && (record.amount ?? 0) > 0 ? formatMoney(record.amount as number, lang) : ''
  return {
    id: record.id,
    name: record.name,
    email: record.email,
    status: record.status,
    statusText: statusText(record.status, lang),
    canCheckIn: record.status === 'confirmed',
    checkedIn: Boolean(record.checkedInAt),
    checkedInText: record.checkedInAt ? formatDateTime(record.checkedInAt, lang) : '',
    paidText: paid || (lang === 'pl' ? 'Bezpłatnie' : 'Free'),
    registeredText: record.createdAt ? formatDateTime(record.createdAt, lang) : '',
    answers: readDetails(details).questions.map((question) => ({
      question: labelIn(question.label, lang),
      answer: answerText(question, answers[question.id], lang),
    })),
  }
}

export const attendeeCounts = (records: Pick<AttendeeRecord, 'status' | 'checkedInAt'>[]): AttendeeCounts => ({
  confirmed: records.filter((record) => record.status === 'confirmed').length,
  held: records.filter((record) => record.status === 'pending_payment').length,
  waitlisted: records.filter((record) => record.status === 'waitlisted').length,
  cancelled: records.filter((record) => record.status === 'cancelled' || record.status === 'refunded').length,
  checkedIn: records.filter((record) => record.status === 'confirmed' && record.checkedInAt).length,
})

/** Live registrations first (confirmed, held, waiting), then the rest; by name within each. */
const ORDER: Record<string, number> = { confirmed: 0, pending_payment: 1, waitlisted: 2, cancelled: 3, refunded: 4 }
export const sortAttendees = <T extends Pick<AttendeeRecord, 'status' | 'name'>>(records: T[], lang: Lang): T[] =>
  [...records].sort((a, b) => (ORDER[a.status] ?? 9) - (ORDER[b.status] ?? 9) || a.name.localeCompare(b.name, lang === 'pl' ? 'pl' : 'en'))
