/**
 * Two plugins (or a plugin and the core) claiming one admin view, one endpoint,
 * one public page or the plan limits would silently shadow each other; the
 * config refuses to build instead, naming both.
 */
import type { AdminViewConfig, Config, Endpoint } from 'payload'

import type { PlatformPage, PlatformRegistry } from './registry'

/** Paths the platform itself serves; a plugin page may not start with them. */
export const RESERVED_PAGE_PREFIXES = ['/admin', '/api', '/s', '/_next', '/_site-assets', '/signup', '/invitation', '/terms', '/healthz']

/** `/bookings/:token` and `/bookings/:id` are the same route. */
const shape = (path: string) =>
  path
    .split('/')
    .filter(Boolean)
    .map((segment) => (segment.startsWith(':') ? ':' : segment))
    .join('/')

export const checkViews = (config: Config, plugin: string, views: Record<string, AdminViewConfig> | undefined): void => {
  const existing = config.admin?.components?.views ?? {}
  for (const [key, view] of Object.entries(views ?? {})) {
    if (key in existing) throw new Error(`Plugin "${plugin}" adds the admin view "${key}", which exists already`)
    const taken = Object.entries(existing).find(
      ([, other]) => 'path' in other && 'path' in view && other.path && view.path && shape(other.path) === shape(view.path),
    )
    if (taken) throw new Error(`Plugin "${plugin}" adds an admin view at ${'path' in view ? view.path : ''}, where the view "${taken[0]}" is already`)
  }
}

export const checkEndpoints = (config: Config, plugin: string, endpoints: Endpoint[] | undefined): void => {
  const seen = new Map((config.endpoints ?? []).map((endpoint) => [`${endpoint.method} ${shape(endpoint.path)}`, endpoint.path]))
  const slugs = new Set((config.collections ?? []).map((collection) => collection.slug))
  for (const endpoint of endpoints ?? []) {
    const key = `${endpoint.method} ${shape(endpoint.path)}`
    if (seen.has(key))
      throw new Error(`Plugin "${plugin}" adds ${endpoint.method.toUpperCase()} /api${endpoint.path}, which /api${seen.get(key)} serves already`)
    const first = endpoint.path.split('/').filter(Boolean)[0]
    if (first && slugs.has(first)) throw new Error(`Plugin "${plugin}" adds /api${endpoint.path}, inside the REST routes of the collection "${first}"`)
    seen.set(key, endpoint.path)
  }
}

export const checkPages = (existing: PlatformPage[], plugin: string, pages: PlatformPage[] | undefined): void => {
  const seen = new Set(existing.map((page) => shape(page.path)))
  for (const page of pages ?? []) {
    if (!page.path.startsWith('/') || page.path.includes('..') || page.path.includes('*'))
      throw new Error(`Plugin "${plugin}": page path "${page.path}" must be /literal or /:param segments`)
    const reserved = RESERVED_PAGE_PREFIXES.find((prefix) => page.path === prefix || page.path.startsWith(`${prefix}/`))
    if (reserved || shape(page.path) === '') throw new Error(`Plugin "${plugin}": the page ${page.path} would shadow the platform's ${reserved ?? '/'}`)
    if (seen.has(shape(page.path))) throw new Error(`Plugin "${plugin}" adds the page ${page.path}, which another plugin serves already`)
    seen.add(shape(page.path))
  }
}

/** Plans are one plugin's business: a second provider of plan limits would make the answer depend on plugin order. */
export const checkPlanLimits = (existing: PlatformRegistry['planLimits'], plugin: string, provides: boolean): void => {
  const taken = existing[0]
  if (provides && taken) throw new Error(`Plugin "${plugin}" provides plan limits, which the plugin "${taken.plugin}" provides already`)
}

/** The page whose path matches `pathname`, with its parameters (decoded once). */
export const matchPage = <Page extends PlatformPage>(pages: Page[], pathname: string): { page: Page; params: Record<string, string> } | undefined => {
  const segments = pathname.split('/').filter(Boolean)
  for (const page of pages) {
    const pattern = page.path.split('/').filter(Boolean)
    if (pattern.length !== segments.length) continue
    const params: Record<string, string> = {}
    const matches = pattern.every((part, index) => {
      if (!part.startsWith(':')) return part === segments[index]
      params[part.slice(1)] = segments[index]
      return true
    })
    if (matches) return { page, params }
  }
  return undefined
}
