/**
 * What plugins contributed beyond Payload's own config keys (jobs, event
 * listeners, email templates and their sample data, public pages, demo seeds)
 * lives in the server-only `config.custom.platform`.
 */
import type { Metadata } from 'next'
import type { Config, Payload, SanitizedConfig } from 'payload'
import type { ReactNode } from 'react'

import type { TeamRole } from '../access/roles'
import type { CustomizableEmailGroup } from '../email/customizableEmails'
import { checkCustomizableEmails } from '../email/customizableEmails'
import type { EmailComposer } from '../email/queueEmail'
import type { DevService } from './devServices'
import type { Locale } from '../email/renderTemplate'
import type { EventListener } from '../events/types'
import type { JobDefinition } from '../jobs/types'
import type { PlanLimitsProvider } from '../limits/types'
import type { OriginCheck } from '../http/allowedOrigins'
import type { HostRedirect } from '../sites/hostRedirects'
import type { PublicMediaCheck } from '../media/publishedMediaAccess'
import type { HomeCardsLoader } from '../home/types'

export type EmailSampleData = (args: { locale: Locale; publicURL: string }) => Record<string, unknown>

export type PlatformPageProps = {
  /** The `:name` segments of the page's path, decoded. */
  params: Record<string, string>
  searchParams: Record<string, string | string[] | undefined>
  payload: Payload
}

export type PlatformPage = {
  /** Literal segments and `:name` parameters, e.g. `/bookings/:token`. */
  path: string
  /** A React server component (it may render client components). */
  Component: (props: PlatformPageProps) => ReactNode | Promise<ReactNode>
  /** Next metadata: title, robots, referrer policy. */
  metadata?: Metadata
}

export type DemoSite = { id: number; identifier: string; ownerId: number }
export type DemoTeamMember = { id: number; siteId: number; userId: number; role: TeamRole }
/** What the core demo made, for plugins' demo data to build on. */
export type DemoContext = {
  payload: Payload
  sites: DemoSite[]
  teamMembers: DemoTeamMember[]
  /**
   * Changes a demo site's configuration (`change` gets a copy of the draft and returns the new one, e.g. with the
   * plugin's section added) and publishes it as its owner, so the demo shows the plugin's section at once.
   * Given by the demo seed (a test's own context may leave it out).
   */
  republish?: (siteId: number, change: (config: Record<string, unknown>) => Record<string, unknown>) => Promise<void>
}
export type DemoSeed = (context: DemoContext) => Promise<void>

export type PlatformRegistry = {
  plugins: { name: string; enabled: boolean }[]
  jobs: JobDefinition[]
  listeners: EventListener[]
  /** Folders holding `<slug>.<pl|en>.hbs` files, searched after the core folder. */
  emailTemplateDirs: string[]
  emailSampleData: EmailSampleData[]
  /** Emails made from ids when they are sent (see ComposedEmail in email/queueEmail.ts). */
  emailComposers: EmailComposer[]
  /** The messages owners may word their own way (see email/customizableEmails.ts). */
  customizableEmails: (CustomizableEmailGroup & { plugin: string })[]
  pages: (PlatformPage & { plugin: string })[]
  seeds: { plugin: string; seed: DemoSeed }[]
  /** The plan-limits provider (at most one; see limits/enforceLimit.ts). */
  planLimits: { plugin: string; provider: PlanLimitsProvider }[]
  /** Local stand-ins for outside services, started by `npm run dev` (see devServices.ts). */
  devServices: { plugin: string; service: DevService }[]
  /** Hosts sent on to another host (a domain's www form to its apex); asked in order, the first answer wins. */
  hostRedirects: { plugin: string; redirect: HostRedirect }[]
  /** Origins allowed in CORS and CSRF beyond PUBLIC_URL (sites' own domains); any plugin saying yes allows. */
  allowedOrigins: { plugin: string; check: OriginCheck }[]
  /** Media files visitors may load because a plugin shows them (a published event's picture); any plugin saying yes allows. */
  publicMedia: { plugin: string; check: PublicMediaCheck }[]
  /** Cards on the owner's home, asked per site in plugin order (see home/types.ts). */
  homeCards: { plugin: string; load: HomeCardsLoader }[]
}

const empty = (): PlatformRegistry => ({
  plugins: [],
  jobs: [],
  listeners: [],
  emailTemplateDirs: [],
  emailSampleData: [],
  emailComposers: [],
  customizableEmails: [],
  pages: [],
  seeds: [],
  planLimits: [],
  devServices: [],
  hostRedirects: [],
  allowedOrigins: [],
  publicMedia: [],
  homeCards: [],
})

export const getRegistry = (config: Pick<Config | SanitizedConfig, 'custom'>): PlatformRegistry => ({
  ...empty(),
  ...(config.custom?.platform as Partial<PlatformRegistry> | undefined),
})

export const extendRegistry = (config: Config, add: Partial<PlatformRegistry>): Config => {
  const current = getRegistry(config)
  const jobNames = new Set(current.jobs.map((job) => job.name))
  for (const job of add.jobs ?? []) {
    if (jobNames.has(job.name)) throw new Error(`Two plugins define the job "${job.name}"`)
  }
  const composerNames = new Set(current.emailComposers.map((composer) => composer.name))
  for (const composer of add.emailComposers ?? []) {
    if (composerNames.has(composer.name)) throw new Error(`Two plugins define the email composer "${composer.name}"`)
  }
  checkCustomizableEmails(current.customizableEmails, add.customizableEmails ?? [])
  const merged = Object.fromEntries(
    (Object.keys(current) as (keyof PlatformRegistry)[]).map((key) => [key, [...current[key], ...((add[key] as unknown[] | undefined) ?? [])]]),
  ) as PlatformRegistry
  return { ...config, custom: { ...config.custom, platform: merged } }
}
