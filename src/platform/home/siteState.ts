/** A site's publish state as its card on the home says it: never published, live, or live with unpublished changes. Pure. */
import { diffConfigs } from '../sites/diffConfigs'

export type SiteState = { status: 'draft' } | { status: 'published' | 'changed'; versionNumber?: number; publishedAt?: string }

type PublishedVersion = { versionNumber?: number | null; configSnapshot?: unknown; createdAt?: string | null }

export type SiteForState = {
  templateConfig?: unknown
  publishedAt?: string | null
  /** The published version, populated (its snapshot compared with the draft), or its id. */
  publishedVersion?: PublishedVersion | number | string | null
}

export const siteState = (site: SiteForState): SiteState => {
  const version = site.publishedVersion
  if (version === null || version === undefined) return { status: 'draft' }
  const populated = typeof version === 'object' ? version : undefined
  const changes = populated && 'configSnapshot' in populated ? diffConfigs({ from: populated.configSnapshot ?? {}, to: site.templateConfig ?? {} }) : undefined
  const changed = Boolean(changes && changes.added.length + changes.removed.length + changes.changed.length > 0)
  return {
    status: changed ? 'changed' : 'published',
    versionNumber: populated?.versionNumber ?? undefined,
    publishedAt: site.publishedAt ?? populated?.createdAt ?? undefined,
  }
}

/** Where visitors find the site: its own domain once published there, else `/s/<identifier>` on the platform. */
export const siteAddress = (site: { identifier: string; domain?: string | null }, serverURL: string, state: SiteState): string =>
  state.status !== 'draft' && site.domain ? `https://${site.domain}` : `${serverURL}/s/${encodeURIComponent(site.identifier)}`
