/**
 * Asks DNS with `node:dns`'s `Resolver`, each configured resolver on its own (DOMAINS_DNS_RESOLVERS; none: the
 * system's), so a check sees what each of them sees rather than the first that answers. A record's absence is
 * an empty answer; a resolver's failure (timeout, refusal) is kept as its error code.
 */
import { promises as dns } from 'node:dns'

import type { Answer, Observation, Question } from './judge'
import { questionKey } from './judge'

const ask = async (resolver: dns.Resolver, { host, type }: Question): Promise<Answer> => {
  try {
    switch (type) {
      case 'A':
        return { records: await resolver.resolve4(host) }
      case 'AAAA':
        return { records: await resolver.resolve6(host) }
      case 'CNAME':
        return { records: await resolver.resolveCname(host) }
      case 'TXT':
        // A TXT record may come in several strings; DNS panels show them as one.
        return { records: (await resolver.resolveTxt(host)).map((chunks) => chunks.join('')) }
    }
  } catch (error) {
    return { error: String((error as NodeJS.ErrnoException).code ?? 'EFAIL') }
  }
}

/** Each resolver's answers to every question (`servers` empty: one observation from the system's resolvers). */
export const observe = async ({ servers, questions, timeoutMs }: { servers: string[]; questions: Question[]; timeoutMs: number }): Promise<Observation[]> =>
  Promise.all(
    (servers.length ? servers : [null]).map(async (server) => {
      const resolver = new dns.Resolver({ timeout: timeoutMs, tries: 2 })
      if (server) resolver.setServers([server])
      const answers: Record<string, Answer> = {}
      await Promise.all(
        questions.map(async (question) => {
          answers[questionKey(question)] = await ask(resolver, question)
        }),
      )
      return { resolver: server ?? resolver.getServers().join(', '), answers }
    }),
  )
