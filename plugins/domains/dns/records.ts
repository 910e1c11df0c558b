/**
 * The DNS records a domain needs (pure): the apex and `www` pointing at the platform's ingress, and for a domain
 * the owner brings, the TXT record proving it is theirs. Also the changes that turn an OVH zone's records for
 * the apex and www into the wanted ones.
 */
import type { OvhRecordInput, OvhZoneRecord } from '../ovh'
import type { DnsTarget } from './settings'

/** The label of the TXT record proving an owner controls a domain: `_platform-verify.kowalska.pl`. */
export const VERIFY_LABEL = '_platform-verify'
/** What the TXT record holds before the token: `platform-verify=<token>`. */
export const VERIFY_PREFIX = 'platform-verify='

export type RecordPurpose = 'apex' | 'www' | 'verification'
export type RecordType = 'A' | 'AAAA' | 'CNAME' | 'TXT'

/** One record to set: `host` in full, `name` as DNS panels want it (`@`, `www`, `_platform-verify`). */
export type WantedRecord = { purpose: RecordPurpose; host: string; name: string; type: RecordType; value: string }

/** The TTL of the records the platform writes: short, so a change spreads within minutes. */
export const RECORD_TTL = 300

const addresses = (purpose: 'apex' | 'www', host: string, name: string, target: DnsTarget): WantedRecord[] => [
  ...target.ipv4.map((value) => ({ purpose, host, name, type: 'A' as const, value })),
  ...target.ipv6.map((value) => ({ purpose, host, name, type: 'AAAA' as const, value })),
]

/** The apex's A/AAAA records and www's CNAME (or the same A/AAAA when the target has no name). */
export const pointingRecords = (domain: string, target: DnsTarget): WantedRecord[] => [
  ...addresses('apex', domain, '@', target),
  ...(target.cname
    ? [{ purpose: 'www' as const, host: `www.${domain}`, name: 'www', type: 'CNAME' as const, value: target.cname }]
    : addresses('www', `www.${domain}`, 'www', target)),
]

export const verificationRecord = (domain: string, token: string): WantedRecord => ({
  purpose: 'verification',
  host: `${VERIFY_LABEL}.${domain}`,
  name: VERIFY_LABEL,
  type: 'TXT',
  value: `${VERIFY_PREFIX}${token}`,
})

/** Everything the owner of a domain they brought sets: the TXT always, the pointing records in proxy mode. */
export const ownDomainRecords = ({ domain, token, proxyMode, target }: { domain: string; token: string; proxyMode: boolean; target: DnsTarget | null }) => [
  ...(proxyMode && target ? pointingRecords(domain, target) : []),
  verificationRecord(domain, token),
]

/** The types the platform replaces at the apex and www (a CNAME cannot sit beside an A, so all three go). */
const REPLACED_TYPES = new Set(['A', 'AAAA', 'CNAME'])

const sameTarget = (a: string, b: string) => a.toLowerCase().replace(/\.$/, '') === b.toLowerCase().replace(/\.$/, '')

/** The wanted record as OVH takes it: the sub-domain relative to the zone, a CNAME's target absolute (a final dot). */
export const toOvhRecord = (record: WantedRecord): OvhRecordInput => ({
  fieldType: record.type,
  subDomain: record.purpose === 'www' ? 'www' : '',
  target: record.type === 'CNAME' ? `${record.value.replace(/\.$/, '')}.` : record.value,
  ttl: RECORD_TTL,
})

/**
 * What to delete and create so the zone's A/AAAA/CNAME records at the apex and www are exactly `wanted`:
 * records already right are kept (no needless change), others at those names go, missing ones are created.
 * Deletions come first: OVH refuses a CNAME beside another record.
 */
export const planZoneChanges = (existing: OvhZoneRecord[], wanted: OvhRecordInput[]) => {
  const relevant = existing.filter((record) => REPLACED_TYPES.has(record.fieldType) && (record.subDomain === '' || record.subDomain === 'www'))
  const matches = (record: OvhZoneRecord, input: OvhRecordInput) =>
    record.fieldType === input.fieldType && record.subDomain === input.subDomain && sameTarget(record.target, input.target)
  const keep = relevant.filter((record) => wanted.some((input) => matches(record, input)))
  const remove = relevant.filter((record) => !keep.includes(record))
  const create = wanted.filter((input) => !keep.some((record) => matches(record, input)))
  return { keep, remove, create }
}
