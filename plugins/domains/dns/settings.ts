/**
 * The DNS side's settings from env (pure):
 * - the platform's ingress, where domains point: `DOMAINS_TARGET_IPV4` and `DOMAINS_TARGET_IPV6` (comma lists,
 *   for the apex and, without a CNAME, for www) and `DOMAINS_TARGET_CNAME` (a host name www may alias instead);
 * - the resolvers verification asks: `DOMAINS_DNS_RESOLVERS` (comma list of `ip` or `ip:port`, `[v6]:port`;
 *   unset: the system's), `DOMAINS_DNS_TIMEOUT_MS`;
 * - the checks' pace: `DOMAINS_CHECK_FIRST_MS` (first wait, doubling each time) up to `DOMAINS_CHECK_MAX_MS`,
 *   giving up after `DOMAINS_CHECK_GIVE_UP_HOURS`.
 */
import { isIP, isIPv4, isIPv6 } from 'node:net'

import { checkDomainName } from '../search/domainName'

type Env = Readonly<Record<string, string | undefined>>

/** Where a domain's records point: the addresses of the platform's proxy, and optionally a name www may alias. */
export type DnsTarget = { ipv4: string[]; ipv6: string[]; cname: string | null }

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)

/** The target, null when no address is set (proxy mode is then unavailable), or an error naming the bad value. */
export const readDnsTarget = (env: Env): DnsTarget | null => {
  const ipv4 = list(env.DOMAINS_TARGET_IPV4)
  const ipv6 = list(env.DOMAINS_TARGET_IPV6).map((address) => address.toLowerCase())
  const cname = (env.DOMAINS_TARGET_CNAME ?? '').trim().toLowerCase().replace(/\.$/, '') || null
  const bad4 = ipv4.find((address) => !isIPv4(address))
  if (bad4) throw new Error(`DOMAINS_TARGET_IPV4 must list IPv4 addresses, got '${bad4}'`)
  const bad6 = ipv6.find((address) => !isIPv6(address))
  if (bad6) throw new Error(`DOMAINS_TARGET_IPV6 must list IPv6 addresses, got '${bad6}'`)
  if (cname && checkDomainName(cname) !== true) throw new Error(`DOMAINS_TARGET_CNAME must be a host name, got '${cname}'`)
  if (!ipv4.length && !ipv6.length) {
    if (cname) throw new Error('DOMAINS_TARGET_CNAME needs DOMAINS_TARGET_IPV4 or DOMAINS_TARGET_IPV6 too: a domain’s apex cannot be a CNAME')
    return null
  }
  return { ipv4: [...new Set(ipv4)], ipv6: [...new Set(ipv6)], cname }
}

/** The target as one line for the order's `target` field: `203.0.113.10, 2001:db8::10 (www: ingress.example.net)`. */
export const describeTarget = (target: DnsTarget): string => [...target.ipv4, ...target.ipv6].join(', ') + (target.cname ? ` (www: ${target.cname})` : '')

/** `1.1.1.1`, `127.0.0.1:5353`, `[2606:4700::1111]:53`; an error names a bad entry. Empty: the system's resolvers. */
export const readResolvers = (env: Env): string[] => {
  const servers = list(env.DOMAINS_DNS_RESOLVERS)
  for (const server of servers) {
    const bracketed = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(server)
    const withPort = /^([\d.]+):(\d{1,5})$/.exec(server)
    const address = bracketed?.[1] ?? withPort?.[1] ?? server
    const port = Number(bracketed?.[2] ?? withPort?.[2] ?? 53)
    if (!isIP(address) || !(port >= 1 && port <= 65535)) throw new Error(`DOMAINS_DNS_RESOLVERS must list IP addresses (ip or ip:port), got '${server}'`)
  }
  return servers
}

const positive = (value: string | undefined, fallback: number) => {
  const number = Number(value)
  return value !== undefined && value.trim() !== '' && Number.isFinite(number) && number > 0 ? number : fallback
}

export type CheckPace = { firstMs: number; maxMs: number; giveUpMs: number; timeoutMs: number }

export const readCheckPace = (env: Env): CheckPace => {
  const firstMs = positive(env.DOMAINS_CHECK_FIRST_MS, 30_000)
  return {
    firstMs,
    maxMs: Math.max(firstMs, positive(env.DOMAINS_CHECK_MAX_MS, 3_600_000)),
    giveUpMs: positive(env.DOMAINS_CHECK_GIVE_UP_HOURS, 72) * 3_600_000,
    timeoutMs: positive(env.DOMAINS_DNS_TIMEOUT_MS, 5000),
  }
}

/** The wait before check number `attempt` (1 = the first): first, doubled each time, capped. */
export const checkDelay = (attempt: number, pace: Pick<CheckPace, 'firstMs' | 'maxMs'>): number =>
  Math.min(pace.maxMs, pace.firstMs * 2 ** Math.max(0, Math.min(attempt - 1, 30)))
