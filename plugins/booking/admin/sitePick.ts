/**
 * Pure: the site the booking views open on: the address's `?site=`, else the site chosen last in the admin
 * (the platform's current-site cookie), else the caller's own site (they own it), else the first they reach.
 * Each only when the caller still reaches that site.
 */
export const CURRENT_SITE_COOKIE = 'platform-site'

export const cookieValue = (cookie: string, name: string): string | undefined =>
  cookie
    .split(';')
    .map((pair) => pair.trim().split('='))
    .find(([key]) => key === name)?.[1]

export const pickSite = (
  sites: readonly { id: number; owner: number | null }[],
  { param, cookie, userId }: { param?: string | null; cookie?: string | null; userId?: number | string } = {},
): number | undefined => {
  const reached = (value: string | null | undefined) => sites.find((site) => value && String(site.id) === value)?.id
  return (
    reached(param) ??
    reached(cookie ? cookieValue(cookie, CURRENT_SITE_COOKIE) : undefined) ??
    sites.find((site) => userId !== undefined && String(site.owner) === String(userId))?.id ??
    sites[0]?.id
  )
}
