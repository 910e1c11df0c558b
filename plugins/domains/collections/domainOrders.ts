import type { CollectionBeforeChangeHook, Field } from 'payload'

import { ValidationError } from 'payload'

import { labels, nobody, nobodyField, say, shownToStaff, siteScopedCollection, t, validationMessage, type Bilingual } from '@platform'
import { DOMAIN_ORDERS, GROUP, KINDS, REDIRECTS, STATUSES, STEP_STATES, STEPS, type DomainOrderStatus, type DomainStep, type StepState } from '../slugs'
import { checkDomainName, unicodeOf } from '../search/domainName'

/** Kept by the plugin only (its endpoints and jobs): shown to those who read the order, never written over the API. */
const systemOnly = { create: nobodyField, update: nobodyField }
/** Never leaves the server: not even the order's readers see it over the API. */
const serverOnly = { read: nobodyField, create: nobodyField, update: nobodyField }

export const STATUS_LABELS: Record<DomainOrderStatus, Bilingual> = {
  pending_payment: t('Waiting for payment', 'Oczekująca na płatność'),
  ordering: t('Being ordered at OVH', 'Zamawiana w OVH'),
  registering: t('Being registered', 'Rejestrowana'),
  awaiting_dns: t('Waiting for DNS records', 'Oczekująca na rekordy DNS'),
  configuring_dns: t('Setting up DNS', 'Konfigurowana (DNS)'),
  verifying: t('Checking DNS', 'Sprawdzana (DNS)'),
  live: t('Live', 'Aktywna'),
  failed: t('Failed', 'Nieudana'),
  cancelled: t('Cancelled', 'Anulowana'),
}

export const STEP_LABELS: Record<DomainStep, Bilingual> = {
  payment: t('Payment', 'Płatność'),
  cart: t('OVH cart', 'Koszyk OVH'),
  item: t('Domain in the cart', 'Domena w koszyku'),
  assign: t('Cart assigned', 'Przypisanie koszyka'),
  configuration: t('Required configuration', 'Wymagana konfiguracja'),
  checkout: t('Checkout', 'Złożenie zamówienia'),
  delivery: t('Registration', 'Rejestracja'),
  dns: t('DNS records', 'Rekordy DNS'),
  refresh: t('Zone refresh', 'Odświeżenie strefy'),
  verification: t('DNS check', 'Sprawdzenie DNS'),
}

export const STEP_STATE_LABELS: Record<StepState, Bilingual> = {
  pending: t('Waiting', 'Oczekujący'),
  running: t('In progress', 'Trwający'),
  done: t('Done', 'Zakończony'),
  failed: t('Failed', 'Nieudany'),
}

const stamp = (name: string, en: string, pl: string): Field => ({
  name,
  type: 'date',
  label: t(en, pl),
  access: systemOnly,
  admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
})

/** An amount is whole grosze (the plugin writes it from the registrar's price). */
const wholeGrosze = (value: unknown, { req }: { req?: unknown }) =>
  value === null || value === undefined || Number.isInteger(value)
    ? true
    : validationMessage(req, t('Give the amount in whole grosze, e.g. 4900 for 49 zł.', 'Podaj kwotę w pełnych groszach, np. 4900 za 49 zł.'))

/**
 * The name is checked when it is written (only the plugin writes it): a hook rather than a field validator, so
 * saving anything else never re-validates a stored name.
 */
const checkNameWhenWritten: CollectionBeforeChangeHook = ({ collection, data, operation, originalDoc, req }) => {
  if (operation === 'update' && (data.domainName === undefined || data.domainName === originalDoc?.domainName)) return data
  const problem = checkDomainName(data.domainName)
  if (problem !== true)
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: [
          {
            path: 'domainName',
            message: say(
              req,
              t(
                `This is not a valid domain name (${problem}): check its spelling, e.g. kowalska.pl.`,
                'To nie jest poprawna nazwa domeny – sprawdź jej pisownię, np. kowalska.pl.',
              ),
            ),
          },
        ],
        req,
      },
      req.t,
    )
  return data
}

/** The name as written is always there (the view and the admin show it, also after a cancelled order released its name). */
const unicodeFromName: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation === 'create' && !data.unicodeName && typeof data.domainName === 'string') data.unicodeName = unicodeOf(data.domainName)
  return data
}

/** The one who ordered is the signed-in caller; trusted code (jobs, seeds) names the user itself. */
const orderedByCaller: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && req.user?.collection === 'users') data.user = req.user.id
  return data
}

/**
 * The seed's DomainOrder: a domain bought through OVH for a site, or a domain its owner already has, with every
 * step's state, OVH's ids, the DNS records set and the verification token (its hash; the seed that re-makes it).
 * `domainName` is unique across the platform: a domain is never attached to two sites. Only the plugin's
 * endpoints create orders (they check the caller, the name and the plan); owners and site admins read them and
 * choose the www/apex redirect; nobody else on the site sees them (prices, OVH state).
 */
// Fields with a default (kind, status, redirect) are not `required`: Payload's generated create type would make every
// trusted caller pass them; the default always fills them on create.
export const DomainOrders = siteScopedCollection({
  slug: DOMAIN_ORDERS,
  labels: labels(t('Domain order', 'Zamówienie domeny'), t('Domain orders', 'Zamówienia domen')),
  admin: {
    useAsTitle: 'unicodeName',
    defaultColumns: ['unicodeName', 'kind', 'status', 'site', 'createdAt'],
    group: GROUP,
    // Owners and site admins use the Domain view (/admin/domains); the raw records are for staff's audit.
    hidden: shownToStaff(),
  },
  defaultSort: '-createdAt',
  tenancy: { read: 'manage', write: 'manage' },
  // Created only by the plugin's endpoints (they check the name, the 409 and the plan); the API creates nothing.
  access: { create: nobody },
  indexes: [{ fields: ['site', 'status'] }],
  hooks: { beforeChange: [orderedByCaller, checkNameWhenWritten, unicodeFromName] },
  fields: [
    // A cancelled order gives its name back: it moves to `releasedName` and this becomes a placeholder under the
    // reserved `.invalid` TLD (orders/release.ts), so the unique index never blocks a new order for the name.
    {
      name: 'domainName',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      maxLength: 253,
      label: t('Domain (ASCII, punycode for IDN)', 'Domena (ASCII, punycode dla IDN)'),
      access: systemOnly,
      admin: { readOnly: true },
    },
    {
      name: 'releasedName',
      type: 'text',
      index: true,
      maxLength: 253,
      label: t('Domain (released when the order was cancelled)', 'Domena (zwolniona po anulowaniu zamówienia)'),
      access: systemOnly,
      admin: { readOnly: true, condition: (data) => Boolean(data?.releasedName) },
    },
    {
      name: 'unicodeName',
      type: 'text',
      maxLength: 253,
      label: t('Domain as written', 'Domena w zapisie z polskimi znakami'),
      access: systemOnly,
      admin: {
        readOnly: true,
        description: t('Differs from the domain only for names with non-ASCII letters (IDN).', 'Różni się od domeny tylko dla nazw z polskimi znakami (IDN).'),
      },
    },
    {
      name: 'kind',
      type: 'select',
      defaultValue: KINDS[0],
      label: t('Kind', 'Rodzaj'),
      options: [
        { value: KINDS[0], label: t('Bought through the platform', 'Kupiona przez platformę') },
        { value: KINDS[1], label: t('Own domain', 'Własna domena') },
      ],
      access: systemOnly,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'pending_payment',
      index: true,
      label: t('Status', 'Status'),
      options: STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
      access: systemOnly,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      label: t('Ordered by', 'Zamawiający'),
      access: { update: nobodyField },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'redirect',
      type: 'select',
      defaultValue: REDIRECTS[0],
      label: t('Address visitors end up on', 'Adres, na który trafiają odwiedzający'),
      options: [
        { value: REDIRECTS[0], label: t('example.pl (www.example.pl redirects to it)', 'example.pl (www.example.pl przekierowuje na niego)') },
        { value: REDIRECTS[1], label: t('www.example.pl (example.pl redirects to it)', 'www.example.pl (example.pl przekierowuje na niego)') },
      ],
    },
    {
      name: 'proxyMode',
      type: 'checkbox',
      defaultValue: true,
      label: t(
        'DNS points at the platform (uncheck to keep your own DNS; only verification is done)',
        'DNS wskazuje na platformę (odznacz, aby zachować własny DNS; wtedy tylko weryfikujemy domenę)',
      ),
      access: systemOnly,
    },
    {
      name: 'target',
      type: 'text',
      maxLength: 253,
      label: t('Where the records point (the platform’s ingress)', 'Cel rekordów (wejście platformy)'),
      access: systemOnly,
      admin: { readOnly: true },
    },
    {
      name: 'price',
      type: 'number',
      min: 0,
      label: t('Price paid, gross (grosze)', 'Cena brutto (grosze)'),
      validate: wholeGrosze,
      access: systemOnly,
      admin: { readOnly: true },
    },
    {
      name: 'priceNet',
      type: 'number',
      min: 0,
      label: t('Price, net (grosze)', 'Cena netto (grosze)'),
      validate: wholeGrosze,
      access: systemOnly,
      admin: { readOnly: true },
    },
    // The payments plugin's payment (purpose `domain`, reference = this order's id), by id: plugins share no schema.
    {
      name: 'paymentId',
      type: 'number',
      index: true,
      label: t('Payment (id)', 'Płatność (id)'),
      access: systemOnly,
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'ovhCartId', type: 'text', maxLength: 64, label: t('OVH cart', 'Koszyk OVH'), access: systemOnly, admin: { readOnly: true } },
    { name: 'ovhItemId', type: 'text', maxLength: 32, label: t('OVH cart item', 'Pozycja koszyka OVH'), access: systemOnly, admin: { readOnly: true } },
    { name: 'ovhOrderId', type: 'text', maxLength: 32, label: t('OVH order', 'Zamówienie OVH'), access: systemOnly, admin: { readOnly: true } },
    {
      name: 'ovhOrderStatus',
      type: 'text',
      maxLength: 32,
      label: t('OVH order status (last seen)', 'Status zamówienia w OVH (ostatnio)'),
      access: systemOnly,
      admin: { readOnly: true },
    },
    { name: 'paymentUrl', type: 'text', maxLength: 2048, label: t('OVH order page', 'Strona zamówienia w OVH'), access: systemOnly, admin: { readOnly: true } },
    {
      name: 'dnsConfiguration',
      type: 'json',
      label: t('DNS records (wanted and set)', 'Rekordy DNS (oczekiwane i ustawione)'),
      access: systemOnly,
      admin: { readOnly: true },
    },
    {
      name: 'steps',
      type: 'array',
      label: t('Steps', 'Kroki'),
      access: systemOnly,
      admin: { readOnly: true },
      fields: [
        { name: 'step', type: 'select', required: true, options: STEPS.map((value) => ({ value, label: STEP_LABELS[value] })), label: t('Step', 'Krok') },
        {
          name: 'state',
          type: 'select',
          required: true,
          defaultValue: STEP_STATES[0],
          options: STEP_STATES.map((value) => ({ value, label: STEP_STATE_LABELS[value] })),
          label: t('State', 'Stan'),
        },
        { name: 'attempts', type: 'number', min: 0, defaultValue: 0, label: t('Attempts', 'Próby') },
        { name: 'updatedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, label: t('Updated', 'Aktualizacja') },
        { name: 'error', type: 'textarea', maxLength: 2000, label: t('Error', 'Błąd') },
      ],
    },
    { name: 'errorMessage', type: 'textarea', maxLength: 2000, label: t('Error', 'Błąd'), access: systemOnly, admin: { readOnly: true } },
    { name: 'errorCode', type: 'text', maxLength: 64, label: t('Error code (OVH)', 'Kod błędu (OVH)'), access: systemOnly, admin: { readOnly: true } },
    // What failed, as data (orders/errors.ts): the step, the kind, OVH's code, words, call and query id; the PL/EN
    // message is made from it when the order is shown, in the reader's language.
    { name: 'errorDetails', type: 'json', label: t('Error details', 'Szczegóły błędu'), access: systemOnly, admin: { readOnly: true } },
    // The TXT verification token is made again from the seed with the server secret (createSeededToken); the database never holds it.
    { name: 'verificationTokenHash', type: 'text', index: true, access: serverOnly, admin: { hidden: true } },
    { name: 'verificationTokenSeed', type: 'text', access: serverOnly, admin: { hidden: true } },
    stamp('nextCheckAt', 'Next check', 'Następne sprawdzenie'),
    stamp('lastCheckedAt', 'Last checked', 'Ostatnio sprawdzono'),
    stamp('liveAt', 'Live since', 'Aktywna od'),
  ],
})
