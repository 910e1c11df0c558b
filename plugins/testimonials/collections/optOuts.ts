import { labels, normalizeEmail, siteScopedCollection, t } from '@platform'
import { GROUP, OPT_OUTS } from '../slugs'

/**
 * An address that asked (with the link in an invitation) never to be asked for a testimonial by this site
 * again. Only that link creates one; owners and admins may delete one (the client changed their mind and said
 * so), owners, admins and editors see them.
 */
export const OptOuts = siteScopedCollection({
  slug: OPT_OUTS,
  labels: labels(t('Invitation opt-out', 'Rezygnacja z próśb o opinię'), t('Invitation opt-outs', 'Rezygnacje z próśb o opinię')),
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'createdAt'], group: GROUP },
  defaultSort: '-createdAt',
  tenancy: { read: 'content', write: 'content', delete: 'manage' },
  access: { create: () => false, update: () => false },
  indexes: [{ fields: ['site', 'email'], unique: true }],
  fields: [{ name: 'email', type: 'email', required: true, label: t('Email', 'E-mail'), hooks: { beforeValidate: [normalizeEmail] } }],
})
