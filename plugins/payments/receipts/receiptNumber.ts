/**
 * Receipt numbers: `R/<year>/<six digits>`, consecutive and unique within a year (the year the payment was paid,
 * in Warsaw). Given once, in the same transaction that marks the payment paid, under a lock per year, so two
 * payments completing at the same moment never read the same last number; a unique index backs it up.
 */
import type { CollectionBeforeChangeHook, Field } from 'payload'

import { lockForTransaction, t } from '@platform'
import { PAYMENTS } from '../types'

const PATTERN = /^R\/(\d{4})\/(\d{6,})$/

export const formatReceiptNumber = (year: number, sequence: number): string => `R/${year}/${String(sequence).padStart(6, '0')}`

/** The number after `last` (the year's highest so far, or none). */
export const nextReceiptNumber = (year: number, last: string | null | undefined): string => {
  const match = last ? PATTERN.exec(last) : null
  const previous = match && Number(match[1]) === year ? Number(match[2]) : 0
  return formatReceiptNumber(year, previous + 1)
}

/** The calendar year in Warsaw: a payment at 00:30 on 1 January Warsaw time belongs to the new year. */
export const receiptYear = (at: Date): number => Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Europe/Warsaw' }).format(at))

const RECEIPT_STATUSES: readonly string[] = ['paid', 'refunded', 'partially_refunded']

/** Gives a payment becoming paid its receipt number (once: a number, once given, never changes). */
export const assignReceiptNumber: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || data.status !== 'paid' || originalDoc?.receiptNumber || RECEIPT_STATUSES.includes(originalDoc?.status)) return data
  const year = receiptYear(new Date(data.paidAt ?? Date.now()))
  // Payload's update runs in a transaction (ours, from completePayment, or its own), so the lock lasts until commit.
  await lockForTransaction(req, `payments:receipt-number:${year}`)
  const last = await req.payload.find({
    collection: PAYMENTS,
    where: { receiptNumber: { like: `R/${year}/` } },
    sort: '-receiptNumber',
    limit: 1,
    depth: 0,
    select: { receiptNumber: true },
    overrideAccess: true, // trusted: the year's last number, whoever paid it
    req,
  })
  return { ...data, receiptNumber: nextReceiptNumber(year, last.docs[0]?.receiptNumber) }
}

export const receiptFields: Field[] = [
  {
    name: 'receiptNumber',
    type: 'text',
    unique: true,
    maxLength: 32,
    admin: { readOnly: true, position: 'sidebar', description: t('Given when the payment is paid.', 'Nadawany przy zapłacie.') },
    label: t('Receipt number', 'Numer potwierdzenia'),
  },
]
