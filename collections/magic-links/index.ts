import type { CollectionConfig } from 'payload'

import { nobody, nobodyField, shownToStaff, staffOnly } from '../../src/platform/access'
import { normalizeEmail } from '../../src/platform/fields/email'
import { labels, t } from '../../src/platform/i18n/labels'

export const MAGIC_LINK_ACTIONS = ['login', 'signup', 'invitation', 'email_change'] as const
export type MagicLinkAction = (typeof MAGIC_LINK_ACTIONS)[number]

/**
 * MagicLink: one emailed link (sign-in, sign-up, team invitation, email change).
 * Only the SHA-256 of the token is stored, with the seed the email job makes the
 * token again from (with the server secret). Nobody writes these through the API:
 * the sign-in and invitation flows (src/platform/auth) write them as trusted
 * code; staff may read them for audit. The rows also serve as the request log
 * the rate limits count (per email, per hashed client IP).
 */
export const MagicLinks: CollectionConfig = {
  slug: 'magic-links',
  labels: labels(t('Magic link', 'Link logowania'), t('Magic links', 'Linki logowania')),
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'actionType', 'used', 'createdAt', 'expiresAt', 'usedAt'],
    group: t('Platform', 'Platforma'),
    hidden: shownToStaff(),
  },
  access: { read: staffOnly, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-createdAt',
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', index: true, label: t('User', 'Użytkownik') },
    { name: 'teamMember', type: 'relationship', relationTo: 'team-members', index: true, label: t('Invitation', 'Zaproszenie') },
    { name: 'email', type: 'email', required: true, index: true, label: t('Email', 'E-mail'), hooks: { beforeValidate: [normalizeEmail] } },
    {
      name: 'token',
      type: 'text',
      required: true,
      unique: true,
      // The SHA-256 of the emailed token, never the token itself; not even staff read it.
      access: { read: nobodyField },
      admin: { hidden: true },
    },
    {
      name: 'tokenSeed',
      type: 'text',
      // The email job makes the link again from this and the server secret (tokens/seededToken.ts),
      // so the job queue keeps only the link's id; useless without the secret, and not even staff read it.
      access: { read: nobodyField },
      admin: { hidden: true },
    },
    {
      name: 'actionType',
      type: 'select',
      required: true,
      index: true,
      label: t('For', 'Cel'),
      options: [
        { value: 'login', label: t('Sign-in', 'Logowanie') },
        { value: 'signup', label: t('Sign-up', 'Rejestracja') },
        { value: 'invitation', label: t('Team invitation', 'Zaproszenie do zespołu') },
        { value: 'email_change', label: t('Email change', 'Zmiana e-maila') },
      ],
    },
    { name: 'used', type: 'checkbox', defaultValue: false, label: t('Used', 'Użyty') },
    { name: 'expiresAt', type: 'date', required: true, index: true, label: t('Expires', 'Wygasa'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'usedAt', type: 'date', label: t('Used at', 'Data użycia'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'requestIp',
      type: 'text',
      index: true,
      // A keyed hash of the requesting IP, for the per-IP rate limit; the address itself is not kept.
      access: { read: nobodyField },
      admin: { hidden: true },
    },
  ],
}
