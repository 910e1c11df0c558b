/**
 * A tiny authoritative DNS server on 127.0.0.1 over UDP (packets by `dns-packet`), standing in for the
 * internet's DNS where the real one cannot be used: tests point `DOMAINS_DNS_RESOLVERS` at it, and `npm run dev`
 * serves the fake OVH's published zones with it, so a domain bought there goes live. It answers A, AAAA, CNAME
 * and TXT from records it is given (`set`) and from `source` (e.g. `ovhZoneRecords(store)`), follows CNAMEs it
 * knows like a resolver does, and says NXDOMAIN for names it has nothing for.
 */
import dgram from 'node:dgram'

import packet from 'dns-packet'

import type { OvhStore } from './store'

export type FakeDnsType = 'A' | 'AAAA' | 'CNAME' | 'TXT'
export type FakeDnsRecord = { name: string; type: FakeDnsType; value: string }

export type FakeDns = {
  /** `127.0.0.1:<port>`, as DOMAINS_DNS_RESOLVERS takes it. */
  address: string
  port: number
  /** Replaces the records of one type at a name (an empty list removes them). */
  set: (name: string, type: FakeDnsType, values: string[]) => void
  /** Every question received, `TYPE name`. */
  queries: () => string[]
  close: () => Promise<void>
}

const TYPES = new Set<string>(['A', 'AAAA', 'CNAME', 'TXT'])
const NXDOMAIN = 3
const bare = (name: string) => name.toLowerCase().replace(/\.$/, '')

/** The fake OVH's published zones as records: the zone holding a name is found by its suffixes. */
export const ovhZoneRecords =
  (store: Pick<OvhStore, 'zone'>) =>
  (name: string): FakeDnsRecord[] => {
    const labels = bare(name).split('.')
    for (let start = 0; start < labels.length - 1; start++) {
      const zoneName = labels.slice(start).join('.')
      const zone = store.zone(zoneName)
      if (!zone) continue
      const subDomain = labels.slice(0, start).join('.')
      return zone.published
        .filter((record) => record.subDomain === subDomain && TYPES.has(record.fieldType))
        .map((record) => ({
          name: bare(name),
          type: record.fieldType as FakeDnsType,
          // OVH keeps relative CNAME targets relative to the zone and TXT values quoted.
          value:
            record.fieldType === 'CNAME'
              ? record.target.endsWith('.')
                ? bare(record.target)
                : `${record.target}.${zoneName}`
              : record.target.replace(/^"(.*)"$/, '$1'),
        }))
    }
    return []
  }

export const startFakeDns = async ({ source }: { source?: (name: string) => FakeDnsRecord[] } = {}): Promise<FakeDns> => {
  const own = new Map<string, FakeDnsRecord[]>()
  const received: string[] = []
  const recordsAt = (name: string) => [...(own.get(bare(name)) ?? []), ...(source?.(bare(name)) ?? [])]

  /** The answers for a question: records of the type, or a CNAME and what its target has (up to 8 hops). */
  const answer = (name: string, type: string) => {
    const answers: packet.Answer[] = []
    let current = bare(name)
    for (let hop = 0; hop < 8; hop++) {
      const records = recordsAt(current)
      const direct = records.filter((record) => record.type === type)
      const alias = records.find((record) => record.type === 'CNAME')
      if (direct.length || !alias || type === 'CNAME') {
        for (const record of direct) answers.push(toAnswer(record))
        break
      }
      answers.push(toAnswer(alias))
      current = bare(alias.value)
    }
    return { answers, exists: recordsAt(name).length > 0 }
  }

  const socket = dgram.createSocket('udp4')
  socket.on('message', (message, remote) => {
    let query: packet.Packet
    try {
      query = packet.decode(message)
    } catch {
      return
    }
    const question = query.questions?.[0]
    if (!question) return
    received.push(`${question.type} ${bare(question.name)}`)
    const { answers, exists } = answer(question.name, question.type)
    // The response code is the flags' low four bits: 3 is NXDOMAIN (no such name), 0 an answer, maybe empty.
    const rcode = exists || answers.length ? 0 : NXDOMAIN
    const reply = packet.encode({
      type: 'response',
      id: query.id,
      flags: packet.AUTHORITATIVE_ANSWER | ((query.flags ?? 0) & packet.RECURSION_DESIRED) | packet.RECURSION_AVAILABLE | rcode,
      questions: query.questions,
      answers,
    })
    socket.send(reply, remote.port, remote.address)
  })
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject)
    socket.bind(0, '127.0.0.1', () => resolve())
  })
  const port = socket.address().port
  return {
    address: `127.0.0.1:${port}`,
    port,
    set: (name, type, values) => {
      const key = bare(name)
      const kept = (own.get(key) ?? []).filter((record) => record.type !== type)
      own.set(key, [...kept, ...values.map((value) => ({ name: key, type, value }))])
    },
    queries: () => [...received],
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  }
}

function toAnswer(record: FakeDnsRecord): packet.Answer {
  const base = { name: record.name, ttl: 1, class: 'IN' as const }
  switch (record.type) {
    case 'A':
      return { ...base, type: 'A', data: record.value }
    case 'AAAA':
      return { ...base, type: 'AAAA', data: record.value }
    case 'CNAME':
      return { ...base, type: 'CNAME', data: bare(record.value) }
    case 'TXT':
      return { ...base, type: 'TXT', data: [record.value] }
  }
}
