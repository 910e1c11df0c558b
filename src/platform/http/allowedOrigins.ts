/**
 * CORS and CSRF origins beyond the static lists (PUBLIC_URL), decided per request by plugins (`allowedOrigins`):
 * the domains plugin allows `https://<live domain>`. Payload checks its lists synchronously
 * (`config.csrf.includes(origin)` for a cookie session, `config.cors.indexOf(origin)` for CORS headers), so the
 * edge asks the plugins first, before Payload handles an `/api` request, and runs the handler in a scope that
 * carries the answer; the lists are replaced by `OriginList`s that consult that scope. Answers are remembered per
 * origin for `ALLOWED_ORIGINS_CACHE_MS` (a hit costs no query; a flood of made-up origins is bounded by the LRU).
 * Outside such a scope the lists are exactly the static ones.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

import { LRUCache } from 'lru-cache'
import type { Payload } from 'payload'

import { getRegistry } from '../plugins/registry'

/** Whether `origin` (`https://example.pl`, as the browser sent it) may call the API with the visitor's session. */
export type OriginCheck = (args: { payload: Payload; origin: string }) => Promise<boolean>

const scope = new AsyncLocalStorage<{ origin: string; allowed: boolean }>()

const allowedInScope = (origin: unknown) => {
  const current = scope.getStore()
  return current !== undefined && current.allowed && current.origin === origin
}

/** An allow-list that also holds the origin the current request's scope allowed. */
export class OriginList extends Array<string> {
  static get [Symbol.species]() {
    return Array
  }

  override includes(origin: string, fromIndex?: number): boolean {
    return super.includes(origin, fromIndex) || allowedInScope(origin)
  }

  override indexOf(origin: string, fromIndex?: number): number {
    const index = super.indexOf(origin, fromIndex)
    return index >= 0 ? index : allowedInScope(origin) ? this.length : -1
  }
}

const cacheMs = () => {
  const value = Number(process.env.ALLOWED_ORIGINS_CACHE_MS)
  return Number.isFinite(value) && value >= 0 ? value : 5000
}

/** `https://example.pl` exactly (scheme and host, a port if any, nothing else), or undefined. */
const wellFormed = (origin: string | undefined): string | undefined => {
  if (!origin || origin.length > 300) return undefined
  try {
    const url = new URL(origin)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === origin ? origin : undefined
  } catch {
    return undefined
  }
}

/**
 * Installs the dynamic lists on a running Payload (keeping every static entry) and returns the scope runner the
 * edge wraps each `/api` request in. Payload's lists stay arrays, so anything else reading them sees the same.
 */
export const allowedOriginsFor = (payload: Payload) => {
  const config = payload.config as { cors: unknown; csrf: unknown }
  if (Array.isArray(config.cors) && !(config.cors instanceof OriginList)) config.cors = OriginList.from(config.cors as string[])
  if (Array.isArray(config.csrf) && !(config.csrf instanceof OriginList)) config.csrf = OriginList.from(config.csrf as string[])
  const checks = getRegistry(payload.config).allowedOrigins
  const answers = new LRUCache<string, { allowed: boolean }>({ max: 10_000 })

  const isStatic = (origin: string) =>
    (Array.isArray(config.cors) && Array.prototype.includes.call(config.cors, origin)) ||
    (Array.isArray(config.csrf) && Array.prototype.includes.call(config.csrf, origin))

  const decide = async (origin: string): Promise<boolean> => {
    const known = answers.get(origin)
    if (known) return known.allowed
    let allowed = false
    for (const { plugin, check } of checks) {
      try {
        if (await check({ payload, origin })) {
          allowed = true
          break
        }
      } catch (error) {
        // A failing plugin allows nothing (never more than the static lists); the request goes on.
        payload.logger.error({ err: error, msg: `allowedOrigins of plugin "${plugin}" failed`, origin })
      }
    }
    const ttl = cacheMs()
    if (ttl > 0) answers.set(origin, { allowed }, { ttl })
    return allowed
  }

  return {
    /** Runs `handle` with `origin` allowed in both lists when a plugin allows it. */
    run: async <T>(origin: string | undefined, handle: () => Promise<T>): Promise<T> => {
      const candidate = wellFormed(origin)
      if (!checks.length || !candidate || isStatic(candidate)) return handle()
      return scope.run({ origin: candidate, allowed: await decide(candidate) }, handle)
    },
    /** Forgets remembered answers (a test after changing what a plugin would answer). */
    forget: () => answers.clear(),
  }
}
