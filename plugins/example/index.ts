/**
 * The example plugin: one of every kind of contribution the contract has, small enough to copy.
 * Owners keep notes per site; visitors leave one through a rate-limited form; a section shows the
 * latest on the public site. See "Writing a plugin" in the README, which walks through this folder.
 */
import path from 'node:path'

import { definePlatformPlugin, projectRoot, type PlatformPluginOptions } from '@platform'
import { leaveNoteEndpoint } from './endpoints'
import { ExampleNotes, noteCountField, welcomeNote } from './notes'
import { notesPage } from './page'
import { heroBadge, latestNotesSection } from './section'
import { markStaleNotes, seedNotes, welcomeOwner } from './tasks'
import { texts } from './translations'

/** `staleAfterDays`: notes older than this are marked stale by the scheduled job (default 30). */
export type ExamplePluginOptions = PlatformPluginOptions & { staleAfterDays?: number }

export const examplePlugin = definePlatformPlugin<ExamplePluginOptions>('example', ({ staleAfterDays = 30 }) => ({
  collections: [ExampleNotes],
  collectionHooks: { sites: { afterChange: [welcomeNote] } },
  collectionFields: { sites: [noteCountField] },
  endpoints: [leaveNoteEndpoint],
  jobs: [markStaleNotes(staleAfterDays)],
  listeners: [welcomeOwner],
  emailTemplatesDir: path.join(projectRoot, 'plugins', 'example', 'templates', 'emails'),
  emailSampleData: ({ locale }) => ({ noteText: locale === 'pl' ? 'Dziękuję za warsztat!' : 'Thanks for the workshop!' }),
  sections: [latestNotesSection],
  sectionFields: { hero: heroBadge },
  pages: [notesPage],
  seed: seedNotes,
  translations: texts.translations,
  admin: { views: { example: { Component: '/plugins/example/admin/ExampleView#ExampleView', path: '/example' } } },
  onInit: (payload) => payload.logger.info(`Example plugin ready: notes go stale after ${staleAfterDays} days`),
}))
