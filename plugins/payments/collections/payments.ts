import type { CollectionConfig, Field } from 'payload'

import { randomUUID } from 'node:crypto'

import { labels, nobody, t, validationMessage, type Bilingual } from '@platform'
import { BILLING_PERIODS, CURRENCIES, GROUP, KNOWN_PURPOSES, PAYMENT_STATUSES, PAYMENTS, PLANS, type PaymentStatus } from '../types'
import { wholeGrosze } from './amounts'
import { readPayments, staffReadsOnly } from './paymentAccess'

const STATUS_LABELS: Record<PaymentStatus, Bilingual> = {
  pending: t('Pending', 'Oczekująca'),
  paid: t('Paid', 'Opłacona'),
  failed: t('Failed', 'Nieudana'),
  expired: t('Expired', 'Wygasła'),
  refunded: t('Refunded', 'Zwrócona'),
  partially_refunded: t('Partially refunded', 'Częściowo zwrócona'),
  needs_review: t('Needs review', 'Wymagająca sprawdzenia'),
}

const PURPOSE = /^[a-z][a-z0-9._-]{0,63}$/

const validUrl = (value: unknown, { req }: { req?: unknown }): true | string => {
  if (value === null || value === undefined || value === '') return true
  const fullAddress = t('Give a full address starting with https://.', 'Podaj pełny adres zaczynający się od https://.')
  try {
    const url = new URL(String(value))
    return url.protocol === 'https:' || url.protocol === 'http:' ? true : validationMessage(req, fullAddress)
  } catch {
    return validationMessage(req, fullAddress)
  }
}

const refundFields: Field[] = [
  // Our unique id of the refund call, sent to P24 and matched against its refund notification.
  { name: 'requestId', type: 'text', required: true, access: staffReadsOnly, label: t('Request id', 'Id żądania') },
  { name: 'amount', type: 'number', required: true, validate: wholeGrosze({ positive: true, required: true }), label: t('Amount (grosze)', 'Kwota (grosze)') },
  {
    name: 'status',
    type: 'select',
    required: true,
    defaultValue: 'requested',
    options: [
      { value: 'requested', label: t('Requested', 'Zlecony') },
      { value: 'completed', label: t('Completed', 'Zakończony') },
      { value: 'failed', label: t('Failed', 'Nieudany') },
    ],
    label: t('Status', 'Status'),
  },
  { name: 'at', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } }, label: t('At', 'Kiedy') },
]

const historyFields: Field[] = [
  { name: 'at', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } }, label: t('At', 'Kiedy') },
  // e.g. register, notification, verify, by-session, refund, refund-notification, rejected.
  { name: 'kind', type: 'text', required: true, maxLength: 64, label: t('Kind', 'Rodzaj') },
  // What was received, minus secrets: never a sign, the CRC, the API key or a token.
  { name: 'summary', type: 'json', label: t('Summary', 'Podsumowanie') },
]

/**
 * The seed's `Payment`, and what a real billing flow adds: what it pays for, verification and refund state, and
 * every P24 message. Not built with siteScopedCollection: most payments (a plan) belong to no site, and a site's
 * payment outlives the site (a financial record; the site link is just emptied). Nobody writes through the API:
 * the plugin's endpoints, jobs and other plugins' trusted code write with overrideAccess.
 */
// Fields with a default (sessionId, currency, status, purpose) are not `required`: Payload's generated create type
// would then make every caller (another plugin's Local API call) pass them. The default always fills them on create.
export const Payments: CollectionConfig = {
  slug: PAYMENTS,
  labels: labels(t('Payment', 'Płatność'), t('Payments', 'Płatności')),
  admin: {
    useAsTitle: 'description',
    defaultColumns: ['description', 'user', 'amount', 'currency', 'status', 'purpose', 'createdAt'],
    group: GROUP,
  },
  defaultSort: '-createdAt',
  access: { read: readPayments, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: t('Payer', 'Płacący'),
      admin: { description: t('Empty when a visitor paid (e.g. a ticket on a public site).', 'Puste, gdy zapłacił gość (np. bilet na stronie publicznej).') },
    },
    // A visitor who pays (no account): their name for the receipt and the language of their emails.
    { name: 'payerName', type: 'text', maxLength: 200, label: t('Payer name', 'Imię i nazwisko płacącego') },
    {
      name: 'locale',
      type: 'select',
      options: [
        { value: 'pl', label: t('Polish', 'Polski') },
        { value: 'en', label: t('English', 'Angielski') },
      ],
      label: t('Language of the payer’s emails', 'Język wiadomości do płacącego'),
      admin: { description: t('When empty: the payer’s account language.', 'Gdy puste: język konta płacącego.') },
    },
    {
      name: 'sessionId',
      type: 'text',
      unique: true,
      maxLength: 100,
      // Our id of the transaction at P24; made here so a plugin creating a payment need not think of one.
      defaultValue: () => randomUUID(),
      label: t('Session id', 'Id sesji'),
    },
    {
      name: 'amount',
      type: 'number',
      required: true,
      min: 1,
      validate: wholeGrosze({ positive: true, required: true }),
      label: t('Amount (grosze)', 'Kwota (grosze)'),
    },
    {
      name: 'currency',
      type: 'select',
      defaultValue: 'PLN',
      options: CURRENCIES.map((code) => ({ value: code, label: code })),
      label: t('Currency', 'Waluta'),
    },
    { name: 'description', type: 'text', required: true, maxLength: 1024, label: t('Description', 'Opis') },
    { name: 'email', type: 'email', required: true, label: t('Payer email', 'E-mail płacącego') },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'pending',
      index: true,
      options: PAYMENT_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
      label: t('Status', 'Status'),
    },
    {
      name: 'purpose',
      type: 'text',
      defaultValue: 'plan',
      maxLength: 64,
      index: true,
      validate: (value: unknown, { req }: { req?: unknown }) =>
        typeof value === 'string' && PURPOSE.test(value)
          ? true
          : validationMessage(
              req,
              t('Give the purpose as a short name in lowercase letters, e.g. plan.', 'Podaj cel jako krótką nazwę małymi literami, np. plan.'),
            ),
      admin: {
        description: t(
          `What this pays for: ${KNOWN_PURPOSES.join(', ')}, or another plugin's own name (e.g. big-events.ticket).`,
          `Za co jest płatność: ${KNOWN_PURPOSES.join(', ')} albo nazwa innej wtyczki (np. big-events.ticket).`,
        ),
      },
      label: t('Purpose', 'Cel'),
    },
    { name: 'reference', type: 'text', maxLength: 200, index: true, label: t('Reference (id of what is paid for)', 'Odnośnik (id opłacanej rzeczy)') },
    // The seed's plan_id: a relationship named `plan` is stored in the column plan_id.
    { name: 'plan', type: 'relationship', relationTo: PLANS, label: t('Plan', 'Plan') },
    {
      name: 'period',
      type: 'select',
      options: BILLING_PERIODS.map((value) => ({ value, label: value === 'monthly' ? t('Monthly', 'Miesięcznie') : t('Yearly', 'Rocznie') })),
      label: t('Billing period', 'Okres rozliczenia'),
    },
    { name: 'site', type: 'relationship', relationTo: 'sites', index: true, label: t('Paid to site', 'Płatność dla strony') },
    { name: 'returnUrl', type: 'text', maxLength: 2000, validate: validUrl, label: t('Return address', 'Adres powrotu') },
    { name: 'token', type: 'text', maxLength: 200, access: staffReadsOnly, label: t('P24 token', 'Token P24') },
    { name: 'p24OrderId', type: 'number', index: true, access: staffReadsOnly, label: t('P24 order id', 'Id zamówienia P24') },
    { name: 'verifiedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, label: t('Verified at', 'Zweryfikowano') },
    { name: 'paidAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, label: t('Paid at', 'Opłacono') },
    {
      name: 'reviewReason',
      type: 'text',
      maxLength: 500,
      access: staffReadsOnly,
      admin: { condition: (data) => data?.status === 'needs_review' },
      label: t('Why it needs review', 'Powód weryfikacji'),
    },
    {
      name: 'refundedAmount',
      type: 'number',
      defaultValue: 0,
      validate: wholeGrosze({}),
      label: t('Refunded (grosze)', 'Zwrócono (grosze)'),
    },
    { name: 'refunds', type: 'array', fields: refundFields, labels: labels(t('Refund', 'Zwrot'), t('Refunds', 'Zwroty')), label: t('Refunds', 'Zwroty') },
    {
      name: 'history',
      type: 'array',
      fields: historyFields,
      access: staffReadsOnly,
      labels: labels(t('P24 message', 'Komunikat P24'), t('P24 messages', 'Komunikaty P24')),
      label: t('P24 history', 'Historia P24'),
    },
  ],
}
