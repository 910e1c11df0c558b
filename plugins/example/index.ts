/**
 * The example plugin: one of each thing a plugin can contribute, small enough
 * to copy. See "Writing a plugin" in the README.
 */
import path from 'node:path'

import { definePlatformPlugin, projectRoot } from '@platform'
import { ExampleNotes } from './collections/exampleNotes'
import { notesCountEndpoint } from './endpoints/notesCount'
import { createWelcomeNote } from './hooks/createWelcomeNote'
import { markStaleNotesJob } from './jobs/markStaleNotes'
import { welcomeOwnerListener } from './listeners/welcomeOwner'
import type { ExamplePluginOptions } from './types'

export const examplePlugin = definePlatformPlugin<ExamplePluginOptions>('example', (options) => {
  const staleAfterDays = options.staleAfterDays ?? 30
  const staleCheckEvery = options.staleCheckEvery ?? '1 hour'
  return {
    collections: [ExampleNotes],
    collectionHooks: { sites: { afterChange: [createWelcomeNote] } },
    endpoints: [notesCountEndpoint],
    jobs: [markStaleNotesJob({ days: staleAfterDays, every: staleCheckEvery })],
    listeners: [welcomeOwnerListener],
    emailTemplatesDir: path.join(projectRoot, 'plugins', 'example', 'templates', 'emails'),
    admin: {
      views: { example: { Component: '/plugins/example/components/ExampleView#ExampleView', path: '/example' } },
      beforeDashboard: ['/plugins/example/components/ExampleDashboardNote#ExampleDashboardNote'],
    },
  }
})
