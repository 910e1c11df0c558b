/**
 * Browser-side reads for the calendar and hours views: the REST API with the
 * signed-in user's own cookie, so access rules (a host sees only their own)
 * apply exactly as everywhere else.
 */

/** Flattens a Payload `where` (or any nested object) into `where[a][b]=c` query parameters. */
export const toQuery = (value: unknown, prefix: string, out: URLSearchParams = new URLSearchParams()): URLSearchParams => {
  if (value === undefined) return out
  if (value === null || typeof value !== 'object') {
    out.append(prefix, String(value))
    return out
  }
  const entries = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : Object.entries(value)
  for (const [key, item] of entries) toQuery(item, `${prefix}[${key}]`, out)
  return out
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
  }
}

/** Every document of `collection` matching `where` (follows the pages up to `max`). */
export const fetchAll = async <T>(
  collection: string,
  where: unknown,
  { sort, max = 5000, signal }: { sort?: string; max?: number; signal?: AbortSignal } = {},
): Promise<T[]> => {
  const docs: T[] = []
  for (let page = 1; docs.length < max; page++) {
    const params = toQuery(where, 'where')
    params.set('depth', '0')
    params.set('limit', '500')
    params.set('page', String(page))
    if (sort) params.set('sort', sort)
    const response = await fetch(`/api/${collection}?${params}`, { credentials: 'include', signal, headers: { accept: 'application/json' } })
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as { errors?: { message?: string }[] }
      throw new ApiError(body.errors?.[0]?.message ?? `${collection}: ${response.status}`, response.status)
    }
    const body = (await response.json()) as { docs: T[]; hasNextPage: boolean }
    docs.push(...body.docs)
    if (!body.hasNextPage) break
  }
  return docs
}

export type SiteOption = { id: number; name: string; owner: number | null }

export const fetchSites = (signal?: AbortSignal) =>
  fetchAll<{ id: number; name: string; owner: number | { id: number } | null }>('sites', undefined, { sort: 'name', signal }).then((sites) =>
    sites.map((site) => ({ id: site.id, name: site.name, owner: typeof site.owner === 'object' && site.owner ? site.owner.id : site.owner })),
  )

/** The site's booking time zone (its booking settings, else Warsaw). */
export const fetchTimeZone = async (siteId: number, signal?: AbortSignal): Promise<string> => {
  const settings = await fetchAll<{ timeZone?: string }>('booking-settings', { site: { equals: siteId } }, { signal, max: 1 }).catch(() => [])
  return settings[0]?.timeZone || 'Europe/Warsaw'
}

export type HostOption = { key: string; label: string }

/**
 * Names of the site's possible hosts: the owner and the accepted team members
 * the caller may read. A host that cannot be read is called "Team member", never by its id.
 */
export const fetchHosts = async (site: SiteOption, pl: boolean, signal?: AbortSignal): Promise<HostOption[]> => {
  const hosts: HostOption[] = []
  if (site.owner != null) {
    const owner = await fetch(`/api/users/${site.owner}?depth=0`, { credentials: 'include', signal, headers: { accept: 'application/json' } })
      .then((response) => (response.ok ? (response.json() as Promise<{ firstName?: string | null; lastName?: string | null; email?: string }>) : undefined))
      .catch(() => undefined)
    const name = [owner?.firstName, owner?.lastName].filter(Boolean).join(' ') || owner?.email
    const role = pl ? 'właściciel' : 'owner'
    hosts.push({ key: `owner:${site.owner}`, label: name ? `${name} (${role})` : pl ? 'Właściciel' : 'Owner' })
  }
  const members = await fetchAll<{ id: number; email?: string; firstName?: string | null; lastName?: string | null }>(
    'team-members',
    { and: [{ site: { equals: site.id } }, { invitationStatus: { equals: 'accepted' } }, { permissionRole: { in: ['admin', 'editor', 'host'] } }] },
    { signal },
  ).catch(() => [])
  for (const member of members) {
    const name = [member.firstName, member.lastName].filter(Boolean).join(' ')
    hosts.push({ key: `member:${member.id}`, label: name || member.email || (pl ? 'Członek zespołu' : 'Team member') })
  }
  return hosts
}

/** `owner:<user id>` or `member:<team member id>` from a document's host fields. */
export const hostKeyFrom = (owner: unknown, member: unknown): string => {
  const id = (value: unknown) => (typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value)
  const memberId = id(member)
  if (memberId != null) return `member:${String(memberId)}`
  const ownerId = id(owner)
  return ownerId != null ? `owner:${String(ownerId)}` : 'none'
}

export const hostLabel = (key: string, hosts: readonly HostOption[], pl: boolean): string =>
  hosts.find((host) => host.key === key)?.label ?? (key.startsWith('owner:') ? (pl ? 'Właściciel' : 'Owner') : pl ? 'Członek zespołu' : 'Team member') // never the raw id
