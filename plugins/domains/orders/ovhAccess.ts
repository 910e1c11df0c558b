/** The OVH API as env configures it, or why there is none (not configured, or half configured). */
import { createOvhClient, ovhApi, readOvhConfig, type OvhApi } from '../ovh'

export type OvhAccess = { ok: true; api: OvhApi } | { ok: false; problem: string | null }

export const ovhFromEnv = (env: Readonly<Record<string, string | undefined>> = process.env): OvhAccess => {
  try {
    const config = readOvhConfig(env)
    return config ? { ok: true, api: ovhApi(createOvhClient(config)) } : { ok: false, problem: null }
  } catch (error) {
    return { ok: false, problem: (error as Error).message }
  }
}
