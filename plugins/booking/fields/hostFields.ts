/** Who runs an event or an availability block: the site owner or one team member (exactly one). */
import type { Field } from 'payload'

import { lockedField, t } from '@platform'

export const creatorField = (): Field => ({
  name: 'creator',
  type: 'relationship',
  relationTo: 'users',
  label: t('Created by', 'Utworzone przez'),
  // Set by the server from the signed-in user (hooks/assignHost.ts); never chosen by the caller.
  access: { create: lockedField('creator'), update: lockedField('creator') },
  admin: { position: 'sidebar', readOnly: true },
})

export const hostFields = (): Field[] => [
  {
    name: 'assignedToOwner',
    type: 'relationship',
    relationTo: 'users',
    index: true,
    label: t('Host: the site owner', 'Prowadzący: właściciel strony'),
    admin: {
      position: 'sidebar',
      description: t('Either the owner or a team member, not both. Empty: you.', 'Właściciel albo członek zespołu – nie obie opcje naraz. Gdy puste: Ty.'),
    },
  },
  {
    name: 'assignedToTeamMember',
    type: 'relationship',
    relationTo: 'team-members',
    index: true,
    label: t('Host: a team member', 'Prowadzący: członek zespołu'),
    // Only the site: Payload also validates stored values against filterOptions, so a filter on the
    // invitation state would block editing an event of a member who has left. assignHost checks state and role on change.
    filterOptions: ({ siblingData }) => {
      const site = (siblingData as { site?: unknown } | undefined)?.site
      const siteId = typeof site === 'object' && site ? (site as { id: unknown }).id : site
      return siteId ? { site: { equals: siteId } } : true
    },
    admin: { position: 'sidebar' },
  },
  {
    name: 'showHost',
    type: 'checkbox',
    defaultValue: true,
    label: t('Show the host to visitors', 'Pokazuj prowadzącego odwiedzającym'),
    admin: { position: 'sidebar' },
  },
]
