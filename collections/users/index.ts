import type { CollectionConfig } from 'payload'

import { lockedField, nobody, nobodyField, shownToStaff, staffOnly, staffOnlyField } from '../../src/platform/access'
import { labels, t } from '../../src/platform/i18n/labels'
import { readUsers } from './access/readUsers'
import { completeSignupEndpoint, requestMagicLinkEndpoint, verifyMagicLinkEndpoint } from './endpoints/magicLink'
import { refuseFirstRegister } from './endpoints/refuseFirstRegister'
import { acceptTermsEndpoint, termsStatusEndpoint } from './endpoints/terms'
import { updateUsers } from './access/updateUsers'
import { endSessionsOnDeactivation } from './hooks/endSessionsOnDeactivation'
import { guardPasswordSignIn, recordLastLogin, refundSuccessfulSignIn, refuseInactive } from './hooks/loginHooks'
import { preventPrivilegeEscalation } from './hooks/preventPrivilegeEscalation'

/**
 * PlatformUser: owners, team members and staff. Sign-in by emailed link (magic link); a password is optional
 * (set by the user on their account) and, when set, signs in like the link, throttled (hooks/loginHooks.ts).
 */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: labels(t('User', 'Użytkownik'), t('Users', 'Użytkownicy')),
  auth: {
    tokenExpiration: 60 * 60 * 24 * 7,
    // No account lockout: it locked the real owner out along with the guesser and told the guesser the
    // account exists. Failed sign-ins are throttled per IP and per account from one IP instead (loginHooks.ts).
    maxLoginAttempts: 0,
    cookies: { sameSite: 'Lax', secure: process.env.NODE_ENV === 'production' && process.env.INSECURE_COOKIES !== 'true' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'firstName', 'lastName', 'accountType', 'isStaff', 'isActive', 'lastLogin'],
    group: t('Platform', 'Platforma'),
    // Accounts are staff's to audit; a user edits their own on the account page (/admin/account).
    hidden: shownToStaff(),
  },
  access: {
    read: readUsers,
    // Accounts are made by sign-up (magic links) or by staff; never by one user for another.
    create: staffOnly,
    update: updateUsers,
    delete: staffOnly,
    // There is no lockout to undo (maxLoginAttempts: 0); Payload would let any signed-in user call unlock.
    unlock: nobody,
    admin: ({ req }) => Boolean(req.user && req.user.isActive !== false),
  },
  endpoints: [refuseFirstRegister, requestMagicLinkEndpoint, verifyMagicLinkEndpoint, completeSignupEndpoint, termsStatusEndpoint, acceptTermsEndpoint],
  hooks: {
    beforeValidate: [preventPrivilegeEscalation],
    beforeChange: [endSessionsOnDeactivation],
    beforeOperation: [guardPasswordSignIn],
    beforeLogin: [refuseInactive],
    afterLogin: [recordLastLogin, refundSuccessfulSignIn],
  },
  fields: [
    { name: 'firstName', type: 'text', maxLength: 100, label: t('First name', 'Imię') },
    { name: 'lastName', type: 'text', maxLength: 100, label: t('Last name', 'Nazwisko') },
    {
      name: 'accountType',
      type: 'select',
      defaultValue: 'individual',
      label: t('Account type', 'Typ konta'),
      options: [
        { value: 'individual', label: t('Individual practitioner', 'Osoba prowadząca działalność') },
        { value: 'studio', label: t('Studio / business', 'Studio / firma') },
        { value: 'team_member', label: t('Team member only', 'Tylko członek zespołu') },
      ],
    },
    {
      name: 'sourceTag',
      type: 'text',
      maxLength: 100,
      label: t('Source tag', 'Źródło rejestracji'),
      admin: { description: t('Where the account came from (campaign, referral).', 'Skąd pochodzi konto (kampania, polecenie).') },
      access: { update: staffOnlyField },
    },
    {
      name: 'termsAgreement',
      type: 'relationship',
      relationTo: 'terms-of-service',
      label: t('Accepted terms of service', 'Zaakceptowany regulamin'),
    },
    {
      name: 'locale',
      type: 'select',
      defaultValue: 'pl',
      label: t('Language', 'Język'),
      options: [
        { value: 'pl', label: 'Polski' },
        { value: 'en', label: 'English' },
      ],
    },
    {
      name: 'isStaff',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: t('Platform staff', 'Personel platformy'),
      access: { create: lockedField('isStaff', staffOnlyField), update: lockedField('isStaff', staffOnlyField) },
      admin: { position: 'sidebar' },
    },
    {
      name: 'isActive',
      type: 'checkbox',
      defaultValue: true,
      label: t('Active', 'Aktywne'),
      access: { create: lockedField('isActive', staffOnlyField), update: lockedField('isActive', staffOnlyField) },
      admin: { position: 'sidebar' },
    },
    {
      name: 'dateJoined',
      type: 'date',
      defaultValue: () => new Date().toISOString(),
      label: t('Joined', 'Data dołączenia'),
      access: { create: staffOnlyField, update: nobodyField },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'lastLogin',
      type: 'date',
      label: t('Last sign-in', 'Ostatnie logowanie'),
      access: { create: nobodyField, update: nobodyField },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      // Whether the user has their own version of any email: the admin shows them the email templates only then
      // (asked synchronously from the user object). Written only by the email-templates hooks (keepOwnerFlag.ts);
      // a user's own write is dropped rather than refused, so an account form opened before the flag changed saves.
      name: 'hasOwnEmailTemplates',
      type: 'checkbox',
      defaultValue: false,
      label: t('Has their own email wording', 'Ma własne wersje wiadomości e-mail'),
      access: { create: nobodyField, update: nobodyField },
      admin: { hidden: true },
    },
  ],
}
