/**
 * What plugins contributed beyond Payload's own config keys (jobs, event
 * listeners, email templates) lives in the server-only `config.custom.platform`.
 */
import type { Config, SanitizedConfig } from 'payload'

import type { EventListener } from '../events/types'
import type { JobDefinition } from '../jobs/types'

export type PlatformRegistry = {
  plugins: { name: string; enabled: boolean }[]
  jobs: JobDefinition[]
  listeners: EventListener[]
  /** Folders holding `<slug>.<pl|en>.hbs` files, searched after the core folder. */
  emailTemplateDirs: string[]
}

const empty = (): PlatformRegistry => ({ plugins: [], jobs: [], listeners: [], emailTemplateDirs: [] })

export const getRegistry = (config: Pick<Config | SanitizedConfig, 'custom'>): PlatformRegistry =>
  (config.custom?.platform as PlatformRegistry | undefined) ?? empty()

export const extendRegistry = (config: Config, add: Partial<PlatformRegistry>): Config => {
  const current = getRegistry(config)
  const jobNames = new Set(current.jobs.map((job) => job.name))
  for (const job of add.jobs ?? []) {
    if (jobNames.has(job.name)) throw new Error(`Two plugins define the job "${job.name}"`)
  }
  return {
    ...config,
    custom: {
      ...config.custom,
      platform: {
        plugins: [...current.plugins, ...(add.plugins ?? [])],
        jobs: [...current.jobs, ...(add.jobs ?? [])],
        listeners: [...current.listeners, ...(add.listeners ?? [])],
        emailTemplateDirs: [...current.emailTemplateDirs, ...(add.emailTemplateDirs ?? [])],
      } satisfies PlatformRegistry,
    },
  }
}
