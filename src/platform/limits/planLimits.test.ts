/** The plan-limits extension point: one provider at most, nothing refused without one, a refusal in the request's language. */
import type { Config, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { applyContribution } from '../plugins/definePlatformPlugin'
import { getRegistry } from '../plugins/registry'
import { enforceLimit } from './enforceLimit'
import type { PlanLimitCheck, PlanLimitsProvider } from './types'

const host = (): Config => ({ collections: [] }) as unknown as Config

/** Refuses a third of anything, and records what it was asked. */
const twoOfEach = (asked: PlanLimitCheck[]): PlanLimitsProvider => ({
  check: async (_req, check) => {
    asked.push(check)
    return check.used < 2 ? { allowed: true } : { allowed: false, message: { pl: 'Plan pozwala na 2.', en: 'The plan allows 2.' } }
  },
})

const withProvider = (config: Config, plugin: string, planLimits: PlanLimitsProvider, enabled = true) =>
  applyContribution(config, plugin, { planLimits }, enabled)

/** A request as enforceLimit reads it (no transaction: nothing to lock); the config is the one plugins built. */
const requestFor = (config: Config, headers: Record<string, string> = {}, user: { locale?: string } | null = null) =>
  ({ payload: { config }, headers: new Headers(headers), user }) as unknown as PayloadRequest

describe('plan limits', () => {
  it('a second plugin providing plan limits is a config-time error naming both', () => {
    const config = withProvider(host(), 'plans-a', twoOfEach([]))
    expect(getRegistry(config).planLimits.map((entry) => entry.plugin)).toEqual(['plans-a'])
    expect(() => withProvider(config, 'plans-b', twoOfEach([]))).toThrow('Plugin "plans-b" provides plan limits, which the plugin "plans-a" provides already')
  })

  it('a disabled provider contributes nothing, so everything is allowed and nothing is counted', async () => {
    const config = withProvider(host(), 'plans', twoOfEach([]), false)
    expect(getRegistry(config).planLimits).toEqual([])
    let counted = 0
    const count = async () => (counted += 1)
    await expect(enforceLimit(requestFor(config), { ownerId: 1, limit: 'sites', count })).resolves.toBeUndefined()
    expect(counted).toBe(0)
  })

  it('asks the provider with the count and refuses with a 403 in the language the request names', async () => {
    const asked: PlanLimitCheck[] = []
    const config = withProvider(host(), 'plans', twoOfEach(asked))
    await expect(enforceLimit(requestFor(config), { ownerId: 7, limit: 'sites', count: async () => 1 })).resolves.toBeUndefined()
    const refused = enforceLimit(requestFor(config, { 'accept-language': 'en-GB,en;q=0.9' }), { ownerId: 7, limit: 'sites', count: async () => 2 })
    await expect(refused).rejects.toBeInstanceOf(APIError)
    await expect(refused).rejects.toMatchObject({ status: 403, message: 'The plan allows 2.' })
    await expect(enforceLimit(requestFor(config, {}, { locale: 'pl' }), { ownerId: 7, limit: 'teamMembers', count: async () => 5 })).rejects.toMatchObject({
      status: 403,
      message: 'Plan pozwala na 2.',
    })
    expect(asked).toEqual([
      { ownerId: 7, limit: 'sites', used: 1 },
      { ownerId: 7, limit: 'sites', used: 2 },
      { ownerId: 7, limit: 'teamMembers', used: 5 },
    ])
  })

  it('an on/off feature is asked with nothing used; no owner, nothing to check', async () => {
    const asked: PlanLimitCheck[] = []
    const config = withProvider(host(), 'plans', twoOfEach(asked))
    await enforceLimit(requestFor(config), { ownerId: 3, limit: 'customDomain' })
    await enforceLimit(requestFor(config), { ownerId: undefined, limit: 'sites', count: async () => 10 })
    expect(asked).toEqual([{ ownerId: 3, limit: 'customDomain', used: 0 }])
  })
})
