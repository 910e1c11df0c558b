import type { CollectionConfig } from 'payload'

import { enforceSiteAssignment, forgetSiteRoles, lockedField, nobodyField, siteScoped, siteScopedCreate, TEAM_ROLES } from '../../src/platform/access'
import { normalizeEmail } from '../../src/platform/fields/email'
import { siteField } from '../../src/platform/fields/siteField'
import { labels, t } from '../../src/platform/i18n/labels'
import { readTeamMembers } from './access/readTeamMembers'
import { acceptInvitationEndpoint, declineInvitationEndpoint, invitationDetailsEndpoint } from './endpoints/invitation'
import { inviteEndpoint } from './endpoints/invite'
import { resendInvitationEndpoint, revokeInvitationEndpoint } from './endpoints/manage'
import { guardInvitationState } from './hooks/guardInvitationState'
import { limitTeamMembers } from './hooks/limitTeamMembers'
import { sendInvitation } from './hooks/sendInvitation'

const ROLE_LABELS = {
  admin: t('Admin: everything, team included', 'Administrator: wszystko, także zespół'),
  editor: t('Editor: content, media, events', 'Redaktor: treści, media, wydarzenia'),
  host: t('Host: own events and bookings', 'Prowadzący: własne wydarzenia i rezerwacje'),
  viewer: t('Viewer: read only', 'Obserwator: tylko odczyt'),
}

/** TeamMember: someone an owner invited to a site, with a permission role. */
export const TeamMembers: CollectionConfig = {
  slug: 'team-members',
  labels: labels(t('Team member', 'Członek zespołu'), t('Team members', 'Zespół')),
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'firstName', 'lastName', 'site', 'permissionRole', 'invitationStatus'],
    group: t('Clients and team', 'Klienci i zespół'),
    // The invite dialog above the list (a pending member is also what the create form makes).
    components: { beforeListTable: ['/collections/team-members/admin/InviteButton#InviteButton'] },
  },
  access: {
    read: readTeamMembers,
    create: siteScopedCreate({ group: 'manage' }),
    update: siteScoped({ group: 'manage' }),
    delete: siteScoped({ group: 'manage' }),
  },
  hooks: {
    beforeValidate: [guardInvitationState],
    beforeChange: [enforceSiteAssignment({ group: 'manage' }), limitTeamMembers],
    afterChange: [({ req, doc }) => (forgetSiteRoles(req), doc), sendInvitation],
    afterDelete: [({ req, doc }) => (forgetSiteRoles(req), doc)],
  },
  endpoints: [
    inviteEndpoint,
    resendInvitationEndpoint,
    revokeInvitationEndpoint,
    invitationDetailsEndpoint,
    acceptInvitationEndpoint,
    declineInvitationEndpoint,
  ],
  indexes: [{ fields: ['site', 'email'], unique: true }],
  fields: [
    siteField(),
    {
      name: 'email',
      type: 'email',
      required: true,
      label: t('Email', 'E-mail'),
      hooks: { beforeValidate: [normalizeEmail] },
    },
    { name: 'firstName', type: 'text', maxLength: 100, label: t('First name', 'Imię') },
    { name: 'lastName', type: 'text', maxLength: 100, label: t('Last name', 'Nazwisko') },
    {
      name: 'permissionRole',
      type: 'select',
      required: true,
      defaultValue: 'viewer',
      label: t('Role', 'Rola'),
      options: TEAM_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
    },
    {
      name: 'invitationStatus',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      label: t('Invitation', 'Zaproszenie'),
      options: [
        { value: 'pending', label: t('Pending', 'Oczekujące') },
        { value: 'accepted', label: t('Accepted', 'Przyjęte') },
        { value: 'declined', label: t('Declined', 'Odrzucone') },
        { value: 'revoked', label: t('Revoked', 'Wycofane') },
        { value: 'expired', label: t('Expired', 'Wygasłe') },
      ],
      // Never edited by hand (guardInvitationState refuses it): the actions below and the invitee's answer change it.
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'invitationActions',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/collections/team-members/admin/InvitationActions#InvitationActions' } },
    },
    {
      name: 'linkedUser',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: t('Account', 'Konto'),
      // Set only when the invitee accepts, by the invitation flow. A forged one would let a manager
      // read any account (readUsers) and grant it a role, so an attempt is a 403, not a silent no-op.
      access: { create: lockedField('linkedUser'), update: lockedField('linkedUser') },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'invitationToken',
      type: 'text',
      unique: true,
      // Holds the SHA-256 of the invitation token, never the token; nobody reads it through the API.
      access: { read: nobodyField, create: nobodyField, update: nobodyField },
      admin: { hidden: true },
    },
    {
      name: 'invitedByName',
      type: 'text',
      maxLength: 200,
      label: t('Invited by', 'Zaprasza'),
      // Who sent the latest invitation, by name as it was then; the invitation page names them. Written by the flow only.
      access: { create: nobodyField, update: nobodyField },
      // Members added without an invitation (the owner, a seeded member) have no inviter: no empty box then.
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.invitedByName) },
    },
    {
      name: 'invitedAt',
      type: 'date',
      defaultValue: () => new Date().toISOString(),
      label: t('Invited at', 'Zaproszono'),
      access: { create: nobodyField, update: nobodyField },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
