import { labels, siteScopedCollection, t } from '@platform'
import { announceAttendedSession } from '../hooks/announceSession'
import { keepOwnSessions } from '../hooks/keepOwnSessions'
import { manualSessionHost } from '../hooks/sessionHost'
import { ATTENDED_SESSIONS, EVENTS, GROUP } from '../slugs'

/** AttendedSession: a session that took place, for a host's hours (recorded by a job or by hand). */
export const AttendedSessions = siteScopedCollection({
  slug: ATTENDED_SESSIONS,
  labels: labels(t('Attended session', 'Odbyta sesja'), t('Attended sessions', 'Odbyte sesje')),
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'startTime', 'durationMinutes', 'hostType', 'source', 'site'], group: GROUP },
  defaultSort: '-startTime',
  // Hosts record their own sessions by hand (hooks/sessionHost.ts refuses anyone else's).
  tenancy: { write: 'hosting', delete: 'manage', hostField: 'hostTeamMember' },
  // manualSessionHost fills the host from the caller first, so keepOwnSessions checks the final values.
  // Every created session (job or by hand) publishes `booking.session-attended` in its own transaction.
  hooks: { beforeChange: [manualSessionHost, keepOwnSessions], afterChange: [announceAttendedSession] },
  fields: [
    // Unique: one session per event, so two recording workers cannot both insert one (jobs/recordAttendedSessions.ts).
    { name: 'event', type: 'relationship', relationTo: EVENTS, unique: true, index: true, label: t('Event', 'Wydarzenie') },
    {
      name: 'hostType',
      type: 'select',
      required: true,
      label: t('Host', 'Prowadzący'),
      options: [
        { value: 'owner', label: t('Owner', 'Właściciel') },
        { value: 'team_member', label: t('Team member', 'Członek zespołu') },
      ],
    },
    { name: 'hostUser', type: 'relationship', relationTo: 'users', label: t('Host account', 'Konto prowadzącego') },
    { name: 'hostTeamMember', type: 'relationship', relationTo: 'team-members', index: true, label: t('Host (team member)', 'Prowadzący (członek zespołu)') },
    { name: 'title', type: 'text', required: true, maxLength: 200, label: t('Title', 'Tytuł') },
    { name: 'startTime', type: 'date', required: true, index: true, label: t('Started', 'Początek'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'endTime', type: 'date', required: true, label: t('Ended', 'Koniec'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'durationMinutes', type: 'number', required: true, min: 0, max: 24 * 60, label: t('Duration (min)', 'Czas trwania (min)') },
    { name: 'recordedAt', type: 'date', defaultValue: () => new Date().toISOString(), label: t('Recorded at', 'Zapisano'), admin: { position: 'sidebar' } },
    {
      name: 'source',
      type: 'select',
      required: true,
      defaultValue: 'manual',
      label: t('Source', 'Źródło'),
      options: [
        { value: 'auto', label: t('Automatic', 'Automatycznie') },
        { value: 'manual', label: t('Manual', 'Ręcznie') },
      ],
      admin: { position: 'sidebar' },
    },
  ],
})
