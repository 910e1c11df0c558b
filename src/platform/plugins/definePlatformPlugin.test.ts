import type { CollectionConfig, Config } from 'payload'

import { z } from 'zod'

import { buildConfigSchema } from '../sites/configSchema'
import { dropPagesAfterChange, dropPagesAfterDelete } from '../sites/render/dropPagesOnChange'
import { localizedText, sectionSchema } from '../sites/sectionRegistry'
import { sectionRenderer } from '../sites/render/registry'
import { validateTemplateConfig } from '../sites/templateConfig'
import { applyContribution, definePlatformPlugin } from './definePlatformPlugin'
import { defineSection } from './defineSection'
import { getRegistry } from './registry'

const hostHook = () => undefined
const pluginHook = () => undefined
const job = { name: 'demo.job', lockLifetimeMs: 1000, handler: async () => undefined }
const listener = { event: 'site.created' as const, name: 'demo.listener', handler: async () => undefined }

const host = (): Config =>
  ({
    collections: [{ slug: 'sites', fields: [], hooks: { afterChange: [hostHook] } }],
    endpoints: [{ path: '/host', method: 'get', handler: () => Response.json({}) }],
    admin: { components: { views: { host: { Component: '/host#Host', path: '/host' } }, beforeDashboard: ['/host#Before'] } },
    onInit: async () => undefined,
  }) as unknown as Config

const demo = definePlatformPlugin('demo', () => ({
  collections: [{ slug: 'demo-things', fields: [] } as CollectionConfig],
  collectionHooks: { sites: { afterChange: [pluginHook] } },
  endpoints: [{ path: '/demo', method: 'get', handler: () => Response.json({}) }],
  jobs: [job],
  listeners: [listener],
  emailTemplatesDir: '/tmp/demo-templates',
  admin: { views: { demo: { Component: '/demo#Demo', path: '/demo' } }, beforeDashboard: ['/demo#Before'] },
}))

describe('the plugin contract', () => {
  it('extends the host config without replacing anything', async () => {
    const calls: string[] = []
    const base = { ...host(), onInit: async () => void calls.push('host') } as Config
    const withPlugin = applyContribution(base, 'demo', { onInit: () => void calls.push('plugin') }, true)
    const config = await demo()(withPlugin)
    expect(config.collections?.map((collection) => collection.slug)).toEqual(['sites', 'demo-things'])
    expect(config.collections?.[0].hooks?.afterChange).toEqual([hostHook, pluginHook])
    expect(config.endpoints?.map((endpoint) => endpoint.path)).toEqual(['/host', '/demo'])
    expect(Object.keys(config.admin?.components?.views ?? {})).toEqual(['host', 'demo'])
    expect(config.admin?.components?.beforeDashboard).toEqual(['/host#Before', '/demo#Before'])
    await config.onInit?.({} as never)
    expect(calls).toEqual(['host', 'plugin'])
    const registry = getRegistry(config)
    expect(registry.plugins).toEqual([
      { name: 'demo', enabled: true },
      { name: 'demo', enabled: true },
    ])
    expect(registry.jobs.map((item) => item.name)).toEqual(['demo.job'])
    expect(registry.listeners.map((item) => item.name)).toEqual(['demo.listener'])
    expect(registry.emailTemplateDirs).toEqual(['/tmp/demo-templates'])
  })

  it('keeps only the collections of a disabled plugin, so the schema stays stable', async () => {
    const config = await demo({ enabled: false })(host())
    expect(config.collections?.map((collection) => collection.slug)).toEqual(['sites', 'demo-things'])
    expect(config.collections?.[0].hooks?.afterChange).toEqual([hostHook])
    expect(config.endpoints?.map((endpoint) => endpoint.path)).toEqual(['/host'])
    expect(getRegistry(config)).toMatchObject({ plugins: [{ name: 'demo', enabled: false }], jobs: [], listeners: [] })
  })

  it('refuses hooks on a collection that does not exist', () => {
    expect(() => applyContribution(host(), 'bad', { collectionHooks: { nothing: { afterChange: [pluginHook] } } }, true)).toThrow(
      'unknown collections: nothing',
    )
  })

  it('refuses two plugins defining the same job', async () => {
    const once = await demo()(host())
    expect(() => applyContribution(once, 'again', { jobs: [job] }, true)).toThrow('Two plugins define the job "demo.job"')
  })

  describe('public-site sections', () => {
    const Gallery = () => null
    const About = () => null
    const gallery = definePlatformPlugin('gallery', () => ({
      sections: [
        { type: 'gallery/grid', schema: sectionSchema({ heading: localizedText }), Component: Gallery, clientEntry: '/abs/gallery/client.js' },
        { type: 'about', Component: About },
      ],
    }))
    const page = (section: object) => ({ pages: [{ slug: 'home', title: { pl: 'a', en: 'b' }, sections: [section] }] })

    it("registers a new type (validator and renderer) and replaces core's renderer of an existing one; applying it again is harmless", async () => {
      expect(validateTemplateConfig(page({ type: 'gallery/grid', heading: { pl: 'G', en: 'G' } })).ok).toBe(false)
      await gallery()(host())
      await gallery()(host())
      expect(validateTemplateConfig(page({ type: 'gallery/grid', heading: { pl: 'G', en: 'G' } })).ok).toBe(true)
      expect(sectionRenderer('gallery/grid')).toEqual({ Component: Gallery, clientEntry: '/abs/gallery/client.js', owner: 'gallery' })
      expect(sectionRenderer('about')?.Component).toBe(About)
    })

    it('refuses a second plugin rendering the same type, and a renderer for a type nobody registered', () => {
      expect(() => applyContribution(host(), 'rival', { sections: [{ type: 'gallery/grid', Component: Gallery }] }, true)).toThrow(
        /already rendered by "gallery"/,
      )
      expect(() => applyContribution(host(), 'lost', { sections: [{ type: 'nowhere/x', Component: Gallery }] }, true)).toThrow(
        /unknown section type "nowhere\/x"/,
      )
    })

    it('keeps the validator but not the renderer of a disabled plugin', async () => {
      const Quiet = () => null
      await definePlatformPlugin('quiet', () => ({ sections: [{ type: 'quiet/box', schema: sectionSchema({}), Component: Quiet }] }))({ enabled: false })(
        host(),
      )
      expect(validateTemplateConfig(page({ type: 'quiet/box' })).ok).toBe(true)
      expect(sectionRenderer('quiet/box')).toBeUndefined()
    })

    describe('sections that load data', () => {
      const withEvents = (): Config =>
        ({
          ...host(),
          collections: [...(host().collections ?? []), { slug: 'events', fields: [{ name: 'site', type: 'relationship', relationTo: 'sites' }] }],
        }) as Config
      const upcoming = defineSection({
        type: 'events/upcoming',
        schema: sectionSchema({ heading: localizedText }),
        load: async ({ props }) => [props.heading.en],
        cache: { invalidatedBy: ['events'] },
        Component: ({ data }) => data?.join(', ') ?? null,
      })

      it('registers the loader and cache rule, and hooks the named collections to drop cached pages', async () => {
        const config = await definePlatformPlugin('events', () => ({ sections: [upcoming] }))()(withEvents())
        expect(sectionRenderer('events/upcoming')).toMatchObject({ load: upcoming.load, cache: { invalidatedBy: ['events'] } })
        const events = config.collections?.find((collection) => collection.slug === 'events')
        expect(events?.hooks).toEqual({ afterChange: [dropPagesAfterChange], afterDelete: [dropPagesAfterDelete] })
        // A second section (or plugin) naming the same collection adds no second hook.
        const again = applyContribution(config, 'more', { sections: [{ ...upcoming, type: 'events/more', schema: sectionSchema({}) }] }, true)
        expect(again.collections?.find((collection) => collection.slug === 'events')?.hooks?.afterChange).toEqual([dropPagesAfterChange])
      })

      it('refuses a loader without a cache rule, and invalidatedBy naming an unknown or site-less collection', () => {
        const bare = { type: 'x/bare', schema: sectionSchema({}), load: async () => 1, Component: () => null }
        expect(() => applyContribution(host(), 'careless', { sections: [bare] }, true)).toThrow(
          /Plugin "careless": Section "x\/bare" loads data but does not say when its cached page goes stale: give cache.invalidatedBy .* or cache.maxAgeSeconds/,
        )
        const naming = (slug: string) => ({ ...bare, type: `x/${slug}`, cache: { invalidatedBy: [slug] } })
        expect(() => applyContribution(host(), 'lost', { sections: [naming('nowhere')] }, true)).toThrow(/unknown collection "nowhere"/)
        expect(() => applyContribution(host(), 'siteless', { sections: [naming('sites')] }, true)).toThrow(/"sites", which has no `site` field/)
      })
    })

    it('adds fields to a registered type: saved sections may carry them and the editor schema shows them', async () => {
      const hero = { type: 'hero', heading: { pl: 'H', en: 'H' } }
      expect(validateTemplateConfig(page({ ...hero, badge: 'New' })).ok).toBe(false)
      const badges = definePlatformPlugin('badges', () => ({ sectionFields: { hero: { badge: z.string().max(20).optional() } } }))
      await badges()(host())
      await badges()(host()) // applied again: its own fields, not a clash
      expect(validateTemplateConfig(page({ ...hero, badge: 'New' })).ok).toBe(true)
      expect(validateTemplateConfig(page({ ...hero, badge: 'x'.repeat(21) })).ok).toBe(false)
      expect(validateTemplateConfig(page({ ...hero, colour: 'red' })).ok).toBe(false) // still strict
      const heroSchema = buildConfigSchema().sections.find((section) => section.type === 'hero')?.schema as {
        properties: Record<string, unknown>
        required: string[]
      }
      expect(heroSchema.properties.badge).toMatchObject({ type: 'string', maxLength: 20 })
      expect(heroSchema.required).not.toContain('badge')

      expect(() => applyContribution(host(), 'rival', { sectionFields: { hero: { badge: z.string() } } }, true)).toThrow(/already has: badge/)
      expect(() => applyContribution(host(), 'rival', { sectionFields: { hero: { heading: z.string() } } }, true)).toThrow(/already has: heading/)
      expect(() => applyContribution(host(), 'rival', { sectionFields: { nowhere: { x: z.string() } } }, true)).toThrow(/unknown section type "nowhere"/)
    })
  })
})
