/**
 * Whether what the resolvers answered is what a domain needs (pure). A name points at the platform when every
 * address it resolves to is one of the target's (and it resolves to at least one): a parking address left beside
 * ours would send some visitors elsewhere. www may instead be a CNAME to the target's name. The verification TXT
 * must hold the order's token. Every resolver asked must agree; one that does not answer fails the check (it is
 * tried again later).
 */
import type { Bilingual } from '@platform'
import { VERIFY_LABEL, VERIFY_PREFIX, type RecordPurpose } from './records'
import type { DnsTarget } from './settings'

export type Requirement =
  | { purpose: 'apex' | 'www'; host: string; kind: 'address' }
  | { purpose: 'www'; host: string; kind: 'alias'; cname: string }
  | { purpose: 'verification'; host: string; kind: 'txt'; value: string }

export type QuestionType = 'A' | 'AAAA' | 'CNAME' | 'TXT'
export type Question = { host: string; type: QuestionType }
/** What one resolver answered to one question: the records (TXT chunks joined), or the error code. */
export type Answer = { records: string[] } | { error: string }
/** One resolver's answers, keyed by `questionKey`. */
export type Observation = { resolver: string; answers: Record<string, Answer> }

export type RequirementResult = { purpose: RecordPurpose; host: string; ok: boolean; found: string[]; problem?: Bilingual }
export type Verdict = { ok: boolean; results: RequirementResult[] }

export const questionKey = ({ host, type }: Question) => `${type} ${host}`

/** What must resolve for an order: pointing names in proxy mode (always for a bought domain), the TXT for an own domain. */
export const requirementsFor = ({
  domain,
  kind,
  proxyMode,
  target,
  txtValue,
}: {
  domain: string
  kind: 'purchase' | 'own'
  proxyMode: boolean
  target: DnsTarget | null
  txtValue?: string
}): Requirement[] => {
  const points = kind === 'purchase' || proxyMode
  return [
    ...(points ? [{ purpose: 'apex' as const, host: domain, kind: 'address' as const }] : []),
    ...(points
      ? [
          target?.cname
            ? { purpose: 'www' as const, host: `www.${domain}`, kind: 'alias' as const, cname: target.cname }
            : { purpose: 'www' as const, host: `www.${domain}`, kind: 'address' as const },
        ]
      : []),
    ...(kind === 'own' && txtValue ? [{ purpose: 'verification' as const, host: `${VERIFY_LABEL}.${domain}`, kind: 'txt' as const, value: txtValue }] : []),
  ]
}

/** The DNS questions the requirements need answered. */
export const questionsFor = (requirements: Requirement[]): Question[] =>
  requirements.flatMap((requirement): Question[] => {
    if (requirement.kind === 'txt') return [{ host: requirement.host, type: 'TXT' }]
    const address: Question[] = [
      { host: requirement.host, type: 'A' },
      { host: requirement.host, type: 'AAAA' },
    ]
    return requirement.kind === 'alias' ? [{ host: requirement.host, type: 'CNAME' }, ...address] : address
  })

const bare = (name: string) => name.toLowerCase().replace(/\.$/, '')

/** Codes that mean "no such record" rather than "the resolver failed". */
const NO_RECORD = new Set(['ENODATA', 'ENOTFOUND', 'NXDOMAIN', 'NODATA'])

const recordsOf = (answer: Answer | undefined): string[] | { error: string } => {
  if (!answer) return { error: 'NOANSWER' }
  if ('records' in answer) return answer.records
  return NO_RECORD.has(answer.error) ? [] : { error: answer.error }
}

const list = (values: string[]) => values.join(', ')

const judgeOne = (requirement: Requirement, observation: Observation, target: DnsTarget | null): RequirementResult => {
  const base = { purpose: requirement.purpose, host: requirement.host }
  const get = (type: QuestionType) => recordsOf(observation.answers[questionKey({ host: requirement.host, type })])
  const failed = (code: string): RequirementResult => ({
    ...base,
    ok: false,
    found: [],
    problem: {
      pl: `Serwer DNS ${observation.resolver} nie odpowiedział na pytanie o ${requirement.host} (${code}). Sprawdzimy ponownie.`,
      en: `The DNS server ${observation.resolver} gave no answer about ${requirement.host} (${code}). We will check again.`,
    },
  })

  if (requirement.kind === 'txt') {
    const txt = get('TXT')
    if ('error' in txt) return failed(txt.error)
    // Tokens are kept out of what is stored: a verification value found is recorded without it.
    const shown = txt.map((value) => (value.startsWith(VERIFY_PREFIX) ? `${VERIFY_PREFIX}…` : value))
    if (txt.includes(requirement.value)) return { ...base, ok: true, found: shown }
    const problem = txt.some((value) => value.startsWith(VERIFY_PREFIX))
      ? {
          pl: `Rekord TXT ${requirement.host} ma inną wartość niż podana w instrukcji. Skopiuj ją jeszcze raz.`,
          en: `The TXT record ${requirement.host} holds a different value from the one shown. Copy it again.`,
        }
      : { pl: `Nie znaleźliśmy jeszcze rekordu TXT ${requirement.host}.`, en: `The TXT record ${requirement.host} was not found yet.` }
    return { ...base, ok: false, found: shown, problem }
  }

  if (requirement.kind === 'alias') {
    const cname = get('CNAME')
    if (!('error' in cname) && cname.some((value) => bare(value) === bare(requirement.cname))) return { ...base, ok: true, found: cname.map(bare) }
  }
  const v4 = get('A')
  if ('error' in v4) return failed(v4.error)
  const v6 = get('AAAA')
  if ('error' in v6) return failed(v6.error)
  const found = [...v4, ...v6.map((address) => address.toLowerCase())]
  const wanted = [...(target?.ipv4 ?? []), ...(target?.ipv6 ?? [])]
  const foreign = found.filter((address) => !wanted.includes(address))
  if (found.length && !foreign.length) return { ...base, ok: true, found }
  const where = list(wanted) + (requirement.kind === 'alias' ? ` (CNAME ${requirement.cname})` : '')
  const problem = !found.length
    ? {
        pl: `${requirement.host} nie wskazuje jeszcze na platformę (${where}): nie ma rekordów A ani AAAA.`,
        en: `${requirement.host} does not point at the platform (${where}) yet: it has no A or AAAA records.`,
      }
    : {
        pl: `${requirement.host} wskazuje na ${list(foreign)}, a powinien tylko na platformę (${where}). Usuń pozostałe rekordy.`,
        en: `${requirement.host} points at ${list(foreign)}, but should point only at the platform (${where}). Remove the other records.`,
      }
  return { ...base, ok: false, found, problem }
}

/** The verdict over every resolver: a requirement is met when it is met in each resolver's answers. */
export const judge = ({
  requirements,
  observations,
  target,
}: {
  requirements: Requirement[]
  observations: Observation[]
  target: DnsTarget | null
}): Verdict => {
  const results = requirements.map((requirement): RequirementResult => {
    const each = observations.map((observation) => judgeOne(requirement, observation, target))
    const chosen = each.find((result) => !result.ok) ?? each[0] ?? { purpose: requirement.purpose, host: requirement.host, ok: false, found: [] }
    return { ...chosen, found: [...new Set(each.flatMap((result) => result.found))] }
  })
  return { ok: observations.length > 0 && results.every((result) => result.ok), results }
}
