/**
 * Pure rules for a site's own domain (`sites.domain`) and for the Host header
 * of incoming requests: lower case, no scheme, port, path or trailing dot.
 */
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/

/** `HTTPS://WWW.Example.com:8443/path` → `www.example.com`; empty → null; anything else unchanged (the validator says why). */
export const normalizeDomain = (value: unknown): unknown => {
  if (value === undefined || value === null) return value
  if (typeof value !== 'string') return value
  let host = value.trim().toLowerCase()
  if (!host) return null
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
  host = host.replace(/[/?#].*$/, '')
  host = host.replace(/:\d+$/, '')
  return host.replace(/\.$/, '')
}

/** A Host header's hostname: lower case, port and trailing dot removed (`[::1]:3000` → `[::1]`). */
export const hostnameOf = (hostHeader: string | undefined): string => {
  if (!hostHeader) return ''
  const host = hostHeader.trim().toLowerCase()
  const bare = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d*$/, '')
  return bare.replace(/\.$/, '')
}

/** Whether `host` could be a site's domain at all (a name with a dot, not an IP address), so other hosts skip the lookup. */
export const couldBeSiteDomain = (host: string): boolean => host.includes('.') && !host.startsWith('[') && !/^[\d.]+$/.test(host) && checkDomain(host) === true

/** `true` or what is wrong with a (normalized) domain. `platformHost` is the platform's own hostname. */
export const checkDomain = (value: unknown, platformHost?: string): true | string => {
  if (value === undefined || value === null) return true
  if (typeof value !== 'string') return 'Expected a domain name such as www.example.com.'
  if (value.length > 253) return 'A domain name may have at most 253 characters.'
  const labels = value.split('.')
  if (labels.length < 2) return 'Expected a domain name with a dot, such as example.com.'
  if (!labels.every((label) => LABEL.test(label))) return 'Expected a domain name of letters, digits and hyphens, such as www.example.com.'
  if (!/^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(labels[labels.length - 1])) return 'The domain must end with a real top-level domain, such as .pl or .com.'
  if (platformHost && value === platformHost.toLowerCase()) return "The platform's own address cannot be a site's domain."
  return true
}
