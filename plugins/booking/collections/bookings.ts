import { APIError } from 'payload'

import { isStaffUser, labels, nobodyField, normalizeEmail, relationId, sameId, say, siteScopedCollection, t, timeZoneField } from '@platform'
import { bumpAfterChange, bumpAfterDelete } from '../hooks/bumpAvailability'
import { announceHostCancel, markHostCancel } from '../hooks/hostCancel'
import { BOOKINGS, EVENTS, GROUP } from '../slugs'

const readOnly = { create: nobodyField, update: nobodyField }

/**
 * Booking: a visitor's place in an event (the event a 1:1 slot created, or a
 * seat in a group class). Made by the public booking endpoint; cancelled and
 * rescheduled through the emailed management link. A host sees the bookings
 * of their own events only (`event.assignedToTeamMember`).
 */
export const Bookings = siteScopedCollection({
  slug: BOOKINGS,
  labels: labels(t('Booking', 'Rezerwacja'), t('Bookings', 'Rezerwacje')),
  // The list shows when and with whom (the event's time and host), on the current site (the platform's list filter).
  admin: { useAsTitle: 'guestName', defaultColumns: ['guestName', 'appointmentAt', 'host', 'event', 'status'], group: GROUP },
  defaultSort: '-createdAt',
  tenancy: { write: 'hosting', delete: 'manage', hostField: 'event.assignedToTeamMember' },
  hooks: {
    beforeChange: [
      async ({ req, data, originalDoc }) => {
        // The event must be on the booking's site (and, for a signed-in caller, one they may read).
        const eventId = relationId(data.event ?? originalDoc?.event)
        const siteId = relationId(data.site ?? originalDoc?.site)
        if (eventId === undefined || siteId === undefined) return data
        const found = await req.payload.find({
          collection: EVENTS,
          where: { id: { equals: eventId } },
          depth: 0,
          limit: 1,
          select: { site: true },
          ...(req.user ? { overrideAccess: false, user: req.user } : { overrideAccess: true }), // no user: the public endpoint, which checked the event itself
          req,
        })
        if (!found.docs[0] || !sameId(found.docs[0].site, siteId))
          throw new APIError(say(req, t('The event is not on this site.', 'To wydarzenie nie należy do tej strony.')), 400)
        return data
      },
      markHostCancel,
    ],
    afterChange: [announceHostCancel, bumpAfterChange],
    afterDelete: [bumpAfterDelete],
  },
  indexes: [{ fields: ['site', 'createdAt'] }],
  fields: [
    { name: 'event', type: 'relationship', relationTo: EVENTS, required: true, index: true, label: t('Event', 'Wydarzenie') },
    {
      name: 'appointmentAt',
      type: 'date',
      // Read from the event (no column of its own): the list's time column, sortable and filterable.
      virtual: 'event.startTime',
      label: t('Appointment', 'Termin'),
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'host',
      type: 'ui',
      label: t('Host', 'Prowadzący'),
      admin: { components: { Cell: '/plugins/booking/admin/HostCell#HostCell' } },
    },
    { name: 'client', type: 'relationship', relationTo: 'clients', index: true, label: t('Client', 'Klient') },
    { name: 'guestEmail', type: 'email', required: true, label: t('Email', 'E-mail'), hooks: { beforeValidate: [normalizeEmail] } },
    { name: 'guestName', type: 'text', required: true, maxLength: 200, label: t('Name', 'Imię i nazwisko') },
    { name: 'notes', type: 'textarea', maxLength: 2000, label: t('Notes from the client', 'Uwagi klienta') },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'confirmed',
      index: true,
      label: t('Status', 'Status'),
      options: [
        { value: 'confirmed', label: t('Confirmed', 'Potwierdzona') },
        { value: 'cancelled', label: t('Cancelled', 'Odwołana') },
      ],
      admin: { position: 'sidebar' },
    },
    { name: 'cancelledAt', type: 'date', label: t('Cancelled at', 'Odwołano'), access: readOnly, admin: { position: 'sidebar', readOnly: true } },
    {
      name: 'cancelledBy',
      type: 'select',
      label: t('Cancelled by', 'Kto odwołał'),
      options: [
        { value: 'client', label: t('Client', 'Klient') },
        { value: 'host', label: t('Host', 'Prowadzący') },
      ],
      access: readOnly,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'rescheduledFrom',
      type: 'date',
      label: t('Moved from', 'Przeniesiono z'),
      access: readOnly,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'sequence',
      type: 'number',
      defaultValue: 0,
      label: t('Calendar revision (ICS SEQUENCE)', 'Wersja w kalendarzu (ICS SEQUENCE)'),
      access: readOnly,
      // A technical counter for calendar apps: staff see it (audit), owners and their team do not.
      admin: { position: 'sidebar', readOnly: true, condition: (_data, _siblingData, { user }) => isStaffUser(user) },
    },
    {
      name: 'locale',
      type: 'select',
      defaultValue: 'pl',
      label: t('Language of emails', 'Język wiadomości'),
      options: [
        { value: 'pl', label: 'Polski' },
        { value: 'en', label: 'English' },
      ],
      admin: { position: 'sidebar' },
    },
    timeZoneField({
      name: 'timeZone',
      label: t("Client's time zone", 'Strefa czasowa klienta'),
      readOnly: true,
      access: readOnly,
      admin: { position: 'sidebar' },
    }),
    {
      name: 'managementToken',
      type: 'text',
      unique: true,
      // SHA-256 of the emailed management token, never the token; nobody reads or writes it through the API.
      access: { read: nobodyField, create: nobodyField, update: nobodyField },
      admin: { hidden: true },
    },
    {
      name: 'managementTokenSeed',
      type: 'text',
      // The seed the server re-creates the emailed token from (lib/manageToken.ts) for the reminder's link; useless without the server secret.
      access: { read: nobodyField, create: nobodyField, update: nobodyField },
      admin: { hidden: true },
    },
    {
      name: 'reminderSentAt',
      type: 'date',
      index: true,
      label: t('Reminder sent', 'Wysłano przypomnienie'),
      access: readOnly,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'rescheduledAt',
      type: 'date',
      label: t('Moved at', 'Przeniesiono'),
      access: readOnly,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'requestIp',
      type: 'text',
      index: true,
      // A keyed hash of the booking request's IP, for the per-IP rate limit only.
      access: { read: nobodyField, create: nobodyField, update: nobodyField },
      admin: { hidden: true },
    },
  ],
})
