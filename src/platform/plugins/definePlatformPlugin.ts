/**
 * The plugin contract (DESIGN.md "Plugin contract"). A platform plugin is a
 * Payload plugin, `(options) => (config) => config`, built from a declaration
 * of what it contributes. The host config is extended, never replaced.
 */
import type { AdminViewConfig, CollectionConfig, Config, Endpoint, Field, Payload, Plugin } from 'payload'

import { dropPagesAfterChange, dropPagesAfterDelete } from '../sites/render/dropPagesOnChange'
import { isSiteScoped } from '../tenancy/siteScopedCollection'
import { registerSectionRenderer } from '../sites/render/registry'
import { checkSectionCache } from '../sites/render/sectionData'
import { extendSectionType, registerSectionType, sectionTypes, type SectionFields } from '../sites/sectionRegistry'

import type { CustomizableEmailGroup } from '../email/customizableEmails'
import type { EmailComposer } from '../email/queueEmail'
import type { EventListener } from '../events/types'
import type { JobDefinition } from '../jobs/types'
import type { PlanLimitsProvider } from '../limits/types'
import type { OriginCheck } from '../http/allowedOrigins'
import type { HostRedirect } from '../sites/hostRedirects'
import type { PublicMediaCheck } from '../media/publishedMediaAccess'
import type { HomeCardsLoader } from '../home/types'
import { checkEndpoints, checkPages, checkPlanLimits, checkViews } from './collisions'
import type { AnyPlatformSection } from './defineSection'
import { registerSitePage, type AnySitePage } from '../sites/render/sitePages'
import type { DevService } from './devServices'
import { extendRegistry, getRegistry, type DemoSeed, type EmailSampleData, type PlatformPage } from './registry'
import { mergeTranslations, type PluginTranslations } from './translations'

export type { PlatformSection } from './defineSection'

type CollectionHooks = NonNullable<CollectionConfig['hooks']>
type AdminComponents = NonNullable<NonNullable<Config['admin']>['components']>

export type PlatformPluginContribution = {
  /** New collections. Kept even when the plugin is disabled, so the schema stays stable. */
  collections?: CollectionConfig[]
  /** Hooks appended to existing collections (core or another plugin's), by slug. */
  collectionHooks?: Record<string, CollectionHooks>
  /** Fields appended to existing collections (core or another plugin's), by slug. Kept when disabled, like collections. */
  collectionFields?: Record<string, Field[]>
  /** REST endpoints, mounted under /api. Each checks its caller first. */
  endpoints?: Endpoint[]
  /** Agenda jobs (and schedules). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each job declares its own data type
  jobs?: JobDefinition<any>[]
  /** Reactions to platform events; each runs as its own retried job. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each listener is typed by its event
  listeners?: EventListener<any>[]
  /** A folder of `<slug>.<pl|en>.hbs` email templates. */
  emailTemplatesDir?: string
  /**
   * Which of those templates an owner may word their own way (messages sent on behalf of their site, queued with
   * the site's `ownerId`), with a human name and a one-line description in both languages: listed on the owner's
   * Emails screen; an owner's version of any other template is refused and never used.
   */
  customizableEmails?: CustomizableEmailGroup[]
  /** Sample values of the variables those templates use, for previews and template checks. */
  emailSampleData?: EmailSampleData
  /** Emails made from ids when sent, for messages with a secret link: `queueEmail(req, { compose: name, args })`. */
  emailComposers?: EmailComposer[]
  /** Public pages outside the sites (`/bookings/:token`), rendered by Next without the app importing the plugin. */
  pages?: PlatformPage[]
  /** Demo data, run by `npm run seed` and on an empty database in development, after the core demo. */
  seed?: DemoSeed
  /**
   * Local stand-ins for outside services (a payment gateway's simulator), started by `npm run dev` before the
   * app serves requests when the service says it is needed; their `env` settings reach the app. See devServices.ts.
   */
  devServices?: DevService[]
  /**
   * Admin translations, `{ pl: {...}, en: {...} }` with the same keys, merged into Payload's i18n under the
   * plugin's name: a client component reads them with `useTranslation().t('<plugin>:<key>')`.
   */
  translations?: PluginTranslations
  /** Admin views and components, as import-map paths. */
  admin?: {
    views?: Record<string, AdminViewConfig>
    beforeDashboard?: AdminComponents['beforeDashboard']
    afterNavLinks?: AdminComponents['afterNavLinks']
    /** Buttons in the admin header, beside the account (e.g. the notifications bell). */
    actions?: AdminComponents['actions']
    /** Above the login form (e.g. "email me a link"). */
    beforeLogin?: AdminComponents['beforeLogin']
    /** Client providers wrapping the whole admin (e.g. the terms re-acceptance dialog). */
    providers?: AdminComponents['providers']
  }
  /**
   * Public-site sections (declare each with `defineSection`). `schema` registers a NEW section type's
   * validator (build it with `sectionSchema({...})`); without it the type must exist already (a core
   * type, whose renderer this replaces). `Component` renders it on the server; `load` gives it data,
   * and `cache` says when that data goes stale: `invalidatedBy` collections get hooks that drop the
   * site's cached pages on every change (name core collections, your own, or an earlier plugin's).
   */
  sections?: AnyPlatformSection[]
  /**
   * Fields added to registered section types (core's or another plugin's), by type:
   * `{ hero: { badge: localizedText.optional() } }`. Saved sections may then carry them, the admin
   * editor shows them, and the type's renderer receives them in `section` (render them with your own
   * section or read them in your loaders).
   */
  sectionFields?: Record<string, SectionFields>
  /**
   * Pages inside every published site (declare each with `defineSitePage`): `events/:slug` is served at
   * `/s/<identifier>/events/<slug>`, in the other language under `/en/…` (or `/pl/…`), and on the site's own
   * domain, in the site's look (theme, header, language switch, footer). `load` gives the data (undefined: the
   * site's 404), `head` the title, description, image and schema.org markup, `Component` the content; `cache`
   * says when the rendered page goes stale, as for sections. Paths have 2+ segments and start with a literal,
   * so they never shadow the owner's pages.
   */
  sitePages?: AnySitePage[]
  /**
   * Plan limits: says whether an owner's plan allows one more of something (`enforceLimit` asks it before a
   * create). At most one plugin provides it; without one everything is allowed.
   */
  planLimits?: PlanLimitsProvider
  /**
   * Hosts the platform answers by sending the visitor on to another host: asked for a request whose Host is
   * neither the platform's nor a published site's domain (`sites.domain`); a host name in answer is a redirect
   * there over https, path and query kept (the domains plugin sends `www.example.pl` to `example.pl`). Keep it
   * cheap (it runs for every such request): cache in the plugin.
   */
  hostRedirects?: HostRedirect
  /**
   * Origins allowed beyond PUBLIC_URL in CORS and CSRF (cookie sessions), decided per request: asked for an
   * `/api` request whose Origin is not on the static lists, the answer remembered for a few seconds per origin
   * (see http/allowedOrigins.ts). Any plugin saying yes allows it.
   */
  allowedOrigins?: OriginCheck
  /**
   * Media files visitors may load because the plugin shows them outside any site configuration (a published
   * event's picture on its page and in its announcement): given asset ids, the ones it shows publicly. Asked only
   * for a visitor's file read that no published version explains; any plugin saying yes allows.
   */
  publicMedia?: PublicMediaCheck
  /**
   * Cards on the owner's home (the admin's first screen), under each site's own card: asked once per site the
   * reader reaches, with the reader's request, role and language; returns `{ key, title, count?, countLabel?,
   * items: [{ text, at?, detail?, link? }], empty?, links? }[]` (see home/types.ts). Read with the reader's access.
   */
  homeCards?: HomeCardsLoader
  onInit?: (payload: Payload) => Promise<void> | void
}

export type PlatformPluginOptions = {
  /** A disabled plugin keeps its collections and contributes nothing else. @default true */
  enabled?: boolean
}

const appendHooks = (collection: CollectionConfig, ...hookSets: (CollectionHooks | undefined)[]): CollectionConfig => {
  if (!hookSets.some(Boolean)) return collection
  const merged: Record<string, unknown[]> = { ...(collection.hooks as Record<string, unknown[]>) }
  for (const hooks of hookSets) {
    for (const [name, added] of Object.entries((hooks ?? {}) as Record<string, unknown[]>)) {
      // Skips a hook the collection has already (two plugins' sections naming one collection drop pages once).
      merged[name] = [...(merged[name] ?? []), ...added.filter((hook) => !merged[name]?.includes(hook))]
    }
  }
  return { ...collection, hooks: merged as CollectionHooks }
}

const appendFields = (config: Config, name: string, fields: Record<string, Field[]> | undefined): Config => {
  if (!fields) return config
  const unknown = Object.keys(fields).filter((slug) => !config.collections?.some((collection) => collection.slug === slug))
  if (unknown.length) throw new Error(`Plugin "${name}" adds fields to unknown collections: ${unknown.join(', ')}`)
  return {
    ...config,
    collections: config.collections?.map((collection) => {
      const added = fields[collection.slug]
      if (!added) return collection
      const taken = new Set(collection.fields.flatMap((field) => ('name' in field ? [field.name] : [])))
      const clash = added.find((field) => 'name' in field && taken.has(field.name))
      if (clash && 'name' in clash) throw new Error(`Plugin "${name}" adds the field "${clash.name}" that ${collection.slug} already has`)
      return { ...collection, fields: [...collection.fields, ...added] }
    }),
  }
}

/** The hooks that drop cached pages, for each collection a section or site page names in `cache.invalidatedBy`. */
const pageDropHooks = (config: Config, name: string, sections: Pick<AnyPlatformSection, 'cache'>[]): Record<string, CollectionHooks> => {
  const slugs = [...new Set(sections.flatMap((section) => section.cache?.invalidatedBy ?? []))]
  const hooks: Record<string, CollectionHooks> = {}
  for (const slug of slugs) {
    const collection = config.collections?.find((candidate) => candidate.slug === slug)
    if (!collection) throw new Error(`Plugin "${name}": a section's cache.invalidatedBy names the unknown collection "${slug}"`)
    if (!isSiteScoped(collection))
      throw new Error(`Plugin "${name}": cache.invalidatedBy names "${slug}", which has no \`site\` field (whose pages would it drop?)`)
    hooks[slug] = { afterChange: [dropPagesAfterChange], afterDelete: [dropPagesAfterDelete] }
  }
  return hooks
}

export const applyContribution = (config: Config, name: string, contribution: PlatformPluginContribution, enabled: boolean): Config => {
  const withCollections: Config = appendFields(
    { ...config, collections: [...(config.collections ?? []), ...(contribution.collections ?? [])] },
    name,
    contribution.collectionFields,
  )
  // Like collections, section validators (and added fields) stay when the plugin is disabled: saved configs using them remain valid.
  for (const section of contribution.sections ?? []) {
    try {
      checkSectionCache(section.type, section)
    } catch (error) {
      throw new Error(`Plugin "${name}": ${(error as Error).message}`)
    }
    if (section.schema) registerSectionType(section.type, section.schema, { owner: name, label: section.label })
    else if (!sectionTypes().includes(section.type)) throw new Error(`Plugin "${name}" renders the unknown section type "${section.type}" (give its schema)`)
  }
  for (const [type, fields] of Object.entries(contribution.sectionFields ?? {})) extendSectionType(type, fields, { owner: name })
  if (!enabled) return extendRegistry(withCollections, { plugins: [{ name, enabled: false }] })

  const unknownTargets = Object.keys(contribution.collectionHooks ?? {}).filter(
    (slug) => !withCollections.collections?.some((collection) => collection.slug === slug),
  )
  if (unknownTargets.length) throw new Error(`Plugin "${name}" adds hooks to unknown collections: ${unknownTargets.join(', ')}`)

  const dropHooks = pageDropHooks(withCollections, name, [...(contribution.sections ?? []), ...(contribution.sitePages ?? [])])
  for (const { type, Component, clientEntry, load, cache, afterPublishing, emptyReason } of contribution.sections ?? []) {
    registerSectionRenderer(
      type,
      { Component, clientEntry, afterPublishing, ...(load ? { load, cache } : {}), ...(emptyReason ? { emptyReason } : {}) },
      { owner: name },
    )
  }
  for (const page of contribution.sitePages ?? []) registerSitePage(page, { owner: name })
  checkViews(config, name, contribution.admin?.views)
  checkEndpoints(withCollections, name, contribution.endpoints)
  checkPages(getRegistry(config).pages, name, contribution.pages)
  checkPlanLimits(getRegistry(config).planLimits, name, Boolean(contribution.planLimits))

  const extended: Config = {
    ...withCollections,
    collections: withCollections.collections?.map((collection) =>
      appendHooks(collection, contribution.collectionHooks?.[collection.slug], dropHooks[collection.slug]),
    ),
    endpoints: [...(config.endpoints ?? []), ...(contribution.endpoints ?? [])],
    i18n: contribution.translations ? mergeTranslations(config.i18n, name, contribution.translations) : config.i18n,
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        views: { ...config.admin?.components?.views, ...contribution.admin?.views },
        beforeDashboard: [...(config.admin?.components?.beforeDashboard ?? []), ...(contribution.admin?.beforeDashboard ?? [])],
        afterNavLinks: [...(config.admin?.components?.afterNavLinks ?? []), ...(contribution.admin?.afterNavLinks ?? [])],
        actions: [...(config.admin?.components?.actions ?? []), ...(contribution.admin?.actions ?? [])],
        beforeLogin: [...(config.admin?.components?.beforeLogin ?? []), ...(contribution.admin?.beforeLogin ?? [])],
        providers: [...(config.admin?.components?.providers ?? []), ...(contribution.admin?.providers ?? [])],
      },
    },
    onInit: async (payload) => {
      await config.onInit?.(payload)
      await contribution.onInit?.(payload)
    },
  }
  return extendRegistry(extended, {
    plugins: [{ name, enabled: true }],
    jobs: contribution.jobs ?? [],
    listeners: contribution.listeners ?? [],
    emailTemplateDirs: contribution.emailTemplatesDir ? [contribution.emailTemplatesDir] : [],
    emailSampleData: contribution.emailSampleData ? [contribution.emailSampleData] : [],
    emailComposers: contribution.emailComposers ?? [],
    customizableEmails: (contribution.customizableEmails ?? []).map((group) => ({ ...group, plugin: name })),
    pages: (contribution.pages ?? []).map((page) => ({ ...page, plugin: name })),
    seeds: contribution.seed ? [{ plugin: name, seed: contribution.seed }] : [],
    planLimits: contribution.planLimits ? [{ plugin: name, provider: contribution.planLimits }] : [],
    devServices: (contribution.devServices ?? []).map((service) => ({ plugin: name, service })),
    hostRedirects: contribution.hostRedirects ? [{ plugin: name, redirect: contribution.hostRedirects }] : [],
    allowedOrigins: contribution.allowedOrigins ? [{ plugin: name, check: contribution.allowedOrigins }] : [],
    publicMedia: contribution.publicMedia ? [{ plugin: name, check: contribution.publicMedia }] : [],
    homeCards: contribution.homeCards ? [{ plugin: name, load: contribution.homeCards }] : [],
  })
}

/** Declares a platform plugin: `export const bookingPlugin = definePlatformPlugin('booking', (options) => ({...}))`. */
export const definePlatformPlugin =
  <Options extends PlatformPluginOptions = PlatformPluginOptions>(name: string, contribute: (options: Options) => PlatformPluginContribution) =>
  (options: Options = {} as Options): Plugin =>
  (config) =>
    applyContribution(config, name, contribute(options), options.enabled !== false)
